import { classTallies, type Tally } from '../class/class-tally.ts';
import { totalCents, type ReceiptLine } from '../costs/receipt.ts';
import { expectedDecisions } from '../play/decisions-left.ts';
import { availableOptions, momentOf, optionOf, routeLines, stateAfter, stepLines, type Step } from '../play/route.ts';
import type { Ending, Moment, Option, Scenario } from '../scenario/model.ts';
import { scoreRoute, type ScoreResult } from '../scoring/score.ts';
import type { SessionContext } from './session-machine.ts';

export type Phase = 'briefing' | 'deciding' | 'revealing' | 'consequence' | 'debrief';

/** Everything a view needs to draw one moment of the session, derived from context only. */
export interface SessionView {
  readonly phase: Phase;
  readonly moment: Moment;
  readonly steps: readonly Step[];
  /** 1-based number of the current decision. */
  readonly decisionNumber: number;
  /** How many decisions this route will likely have ("decision 3 of about 5"); exact when every route agrees. */
  readonly expectedDecisions: { readonly total: number; readonly exact: boolean };
  readonly options: readonly Option[];
  readonly lastStep?: { readonly step: Step; readonly option: Option; readonly lines: readonly ReceiptLine[] };
  /** Receipt lines of the whole route so far that are printed (the running kassabon). */
  readonly lines: readonly ReceiptLine[];
  /** Lines of the last choice already printed (all of them once printing is done). */
  readonly printed: number;
  readonly runningTotalCents: number;
  readonly ending?: Ending;
  readonly score: ScoreResult;
  /** Class mode: the room's tally per decision of the route (undefined where there was none). */
  readonly tallies: readonly (Tally | undefined)[];
}

/** The machine's state value, reduced to the phase views switch on. */
export function phaseOf(value: unknown): Phase {
  const top = typeof value === 'string' ? value : Object.keys(value as object)[0];
  return top as Phase;
}

export function sessionView(scenario: Scenario, phase: Phase, context: SessionContext): SessionView {
  const steps = context.steps;
  const last = steps[steps.length - 1];
  const showsLast = phase === 'revealing' || phase === 'consequence';
  const allLines = routeLines(scenario, steps);
  const lastLines = last ? stepLines(scenario, last).length : 0;
  const printed = phase === 'revealing' ? Math.min(context.printed, lastLines) : lastLines;
  const lines = allLines.slice(0, allLines.length - lastLines + printed);
  const ending = context.endingId ? scenario.endings[context.endingId] : undefined;
  const decisionNumber = steps.length + (showsLast ? 0 : 1);
  return {
    phase,
    moment: momentOf(scenario, context.momentId),
    steps,
    decisionNumber,
    expectedDecisions: expectedDecisions(scenario, context.momentId, decisionNumber - 1),
    options: phase === 'deciding' ? availableOptions(scenario, context.momentId, stateAfter(scenario, steps)) : [],
    ...(showsLast && last ? { lastStep: { step: last, option: optionOf(scenario, last), lines: stepLines(scenario, last) } } : {}),
    lines,
    printed,
    runningTotalCents: totalCents(lines),
    ...(ending ? { ending } : {}),
    score: scoreRoute(scenario, steps),
    tallies: classTallies(context.log),
  };
}
