import { classTallies, type Tally } from '../class/class-tally.ts';
import { totalCents, type ReceiptLine } from '../costs/receipt.ts';
import { expectedDecisions } from '../play/decisions-left.ts';
import { ageAt } from '../scenario/ages.ts';
import { lastStepLines, momentOf, optionOf, routeLines, stateAfter, type Step } from '../play/route.ts';
import type { Ending, Moment, Option, Scenario, Setting } from '../scenario/model.ts';
import type { Text } from '../scenario/text.ts';
import { orderedOptions } from '../play/choice-order.ts';
import { closedChoices, type ClosedChoice } from '../play/closed-options.ts';
import { isAvailable } from '../play/conditions.ts';
import { consequenceText, endingText, momentText, settingFor, textAt } from '../play/route-text.ts';
import type { SessionEvent } from './events.ts';
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
  /** The options open now, in this attempt's order (choice-order.ts). */
  readonly options: readonly Option[];
  /** Choices the route has closed, shown disabled with a reason (hidden ones left out), in this attempt's order. */
  readonly closed: readonly ClosedChoice[];
  /** The moment's texts as this route reads them: the variant that holds, ages filled for the month. */
  readonly texts: { readonly title: Text; readonly text: Text; readonly stakes?: Text };
  /** Household ages at the moment's month, by member id. */
  readonly ages: Readonly<Record<string, number>>;
  /** Where the household is, for the stage. */
  readonly setting: Setting;
  readonly lastStep?: { readonly step: Step; readonly option: Option; readonly lines: readonly ReceiptLine[]; readonly consequence: Text };
  /** Receipt lines of the whole route so far that are printed (the running kassabon). */
  readonly lines: readonly ReceiptLine[];
  /** Lines of the last choice already printed (all of them once printing is done). */
  readonly printed: number;
  readonly runningTotalCents: number;
  readonly ending?: Ending;
  /** The ending's text as this route reads it. */
  readonly endingText?: Text;
  readonly score: ScoreResult;
  /** Class mode: the room's tally per decision of the route (undefined where there was none). */
  readonly tallies: readonly (Tally | undefined)[];
}

/** The machine's state value, reduced to the phase views switch on. */
export function phaseOf(value: unknown): Phase {
  const top = typeof value === 'string' ? value : Object.keys(value as object)[0];
  return top as Phase;
}

/** The option-order seed of the attempt in this log: its `casus.begin`'s, if it has one. */
export function orderSeedOf(log: readonly SessionEvent[]): number | undefined {
  for (const event of log) if (event.type === 'casus.begin') return event.order;
  return undefined;
}

export function sessionView(scenario: Scenario, phase: Phase, context: SessionContext): SessionView {
  const steps = context.steps;
  const last = steps[steps.length - 1];
  const showsLast = phase === 'revealing' || phase === 'consequence';
  const allLines = routeLines(scenario, steps);
  const lastStepCosts = lastStepLines(scenario, steps);
  const lastLines = lastStepCosts.length;
  const printed = phase === 'revealing' ? Math.min(context.printed, lastLines) : lastLines;
  const lines = allLines.slice(0, allLines.length - lastLines + printed);
  const ending = context.endingId ? scenario.endings[context.endingId] : undefined;
  const decisionNumber = steps.length + (showsLast ? 0 : 1);
  const moment = momentOf(scenario, context.momentId);
  const state = stateAfter(scenario, steps);
  const deciding = phase === 'deciding';
  const ordered = deciding ? orderedOptions(moment.options, orderSeedOf(context.log), moment.id) : [];
  const before = showsLast && last ? stateAfter(scenario, steps.slice(0, -1)) : state;
  const shownMoment = showsLast && last ? momentOf(scenario, last.momentId) : moment;
  return {
    phase,
    moment,
    texts: {
      title: textAt(scenario, shownMoment.title, shownMoment.month),
      text: momentText(scenario, shownMoment, before),
      ...(shownMoment.stakes ? { stakes: textAt(scenario, shownMoment.stakes, shownMoment.month) } : {}),
    },
    ages: Object.fromEntries(scenario.household.map((m) => [m.id, ageAt(m, ending ? scenario.horizonMonths : shownMoment.month)])),
    setting: settingFor(scenario, state),
    closed: deciding ? closedChoices(scenario, ordered, state, steps) : [],
    steps,
    decisionNumber,
    expectedDecisions: expectedDecisions(scenario, context.momentId, decisionNumber - 1),
    options: ordered.filter((o) => isAvailable(o, state)),
    ...(showsLast && last
      ? {
          lastStep: {
            step: last,
            option: optionOf(scenario, last),
            lines: lastStepCosts,
            consequence: consequenceText(scenario, momentOf(scenario, last.momentId), optionOf(scenario, last), before),
          },
        }
      : {}),
    lines,
    printed,
    runningTotalCents: totalCents(lines),
    ...(ending ? { ending, endingText: endingText(scenario, ending.id, state) } : {}),
    score: scoreRoute(scenario, steps),
    tallies: classTallies(context.log),
  };
}
