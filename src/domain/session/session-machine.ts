import { assign, emit, setup } from 'xstate';
import { isValidTally, tallyIdsOf } from '../class/class-tally.ts';
import { totalCents } from '../costs/receipt.ts';
import { availableOptions, lastStepLines, optionOf, stateAfter, type Step } from '../play/route.ts';
import { VALUE_KEYS, type Scenario, type ValueKey } from '../scenario/model.ts';
import { scoreRoute } from '../scoring/score.ts';
import type { SessionEmitted, SessionEvent } from './events.ts';
import { progressOf } from './progress.ts';

export interface SessionContext {
  /** Held by reference; saves are the event log, never the context, so this costs nothing to keep. */
  readonly scenario: Scenario;
  readonly lineDelayMs: number;
  readonly momentId: string;
  readonly endingId: string | null;
  readonly steps: readonly Step[];
  /** Receipt lines of the last choice printed so far (the kassabon prints line by line). */
  readonly printed: number;
  /** Every accepted event, in order: the save is this log, replayed on resume. */
  readonly log: readonly SessionEvent[];
  /** Where a restored session starts: the phase its replayed log arrived at. */
  readonly resumeAt: ResumePhase;
}

export type ResumePhase = 'briefing' | 'deciding' | 'consequence' | 'debrief';

/** The progress of a replayed save: what the session starts from instead of the briefing. */
export type RestoredProgress = Pick<SessionContext, 'momentId' | 'endingId' | 'steps' | 'printed' | 'log'> & {
  readonly phase: ResumePhase;
};

export interface SessionInput {
  readonly scenario: Scenario;
  /** Time between two printed receipt lines; the view passes 0 for reduced motion. Default 450. */
  readonly lineDelayMs?: number;
  readonly restored?: RestoredProgress;
}

function freshContext(scenario: Scenario, lineDelayMs: number): SessionContext {
  return { scenario, lineDelayMs, momentId: scenario.start, endingId: null, steps: [], printed: 0, log: [], resumeAt: 'briefing' };
}

function initialContext({ scenario, lineDelayMs = 450, restored }: SessionInput): SessionContext {
  const fresh = freshContext(scenario, lineDelayMs);
  if (!restored) return fresh;
  const { phase, ...progress } = restored;
  return { ...fresh, ...progress, resumeAt: phase };
}

const lastStep = (context: SessionContext): Step | undefined => context.steps[context.steps.length - 1];
const lineCount = (context: SessionContext): number => {
  const step = lastStep(context);
  return step ? lastStepLines(context.scenario, context.steps).length : 0;
};

/**
 * One playthrough of one scenario. Phases: briefing → (deciding → revealing → consequence)* → debrief.
 * The session tells outside listeners (saves, sound, LMS reporters) what happened through emitted events;
 * they never diff snapshots. A restored session starts in the phase its replayed log reached, emitting nothing.
 */
export const sessionMachine = setup({
  types: { context: {} as SessionContext, events: {} as SessionEvent, input: {} as SessionInput, emitted: {} as SessionEmitted },
  delays: { lineDelay: ({ context }) => context.lineDelayMs },
  guards: {
    allPrinted: ({ context }) => context.printed >= lineCount(context),
    optionAvailable: ({ context, event }) => {
      if (event.type !== 'choice.selected') return false;
      const options = availableOptions(context.scenario, context.momentId, stateAfter(context.scenario, context.steps));
      // A class tally may count any choice of the moment (also one the route's state hides), and nothing else.
      const moment = context.scenario.moments[context.momentId];
      const tallyFits = event.tally === undefined || (moment !== undefined && isValidTally(event.tally, tallyIdsOf(moment)));
      return tallyFits && options.some((o) => o.id === event.optionId);
    },
    reachedEnding: ({ context }) => {
      const step = lastStep(context);
      return step !== undefined && optionOf(context.scenario, step).to.kind === 'ending';
    },
    resumesAt: ({ context }, phase: ResumePhase) => context.resumeAt === phase,
    branchable: ({ context, event }) =>
      event.type === 'session.branch' && Number.isInteger(event.decision) && event.decision >= 1 && event.decision <= context.steps.length,
  },
  actions: {
    record: assign({ log: ({ context, event }) => [...context.log, event] }),
    printLine: assign({ printed: ({ context }) => context.printed + 1 }),
    printAll: assign({ printed: ({ context }) => lineCount(context) }),
    /**
     * Finishing the print by itself counts as revealed, so a replayed save arrives at the same phase.
     * A choice without costs is not recorded: it skips printing again by itself when replayed.
     */
    recordRevealed: assign({
      log: ({ context }) => (lineCount(context) > 0 ? [...context.log, { type: 'kassabon.revealed' } as const] : context.log),
    }),
    takeStep: assign({
      steps: ({ context, event }) =>
        event.type === 'choice.selected' ? [...context.steps, { momentId: context.momentId, optionId: event.optionId }] : context.steps,
    }),
    advance: assign(({ context }) => {
      const step = lastStep(context);
      if (!step) return {};
      const to = optionOf(context.scenario, step).to;
      return to.kind === 'ending' ? { endingId: to.id } : { momentId: to.id };
    }),
    /**
     * Back to decision n of this route: the earlier steps stay, and the log is cut just before the n-th choice,
     * so the save (the log) replays to the same place after a reload.
     */
    branch: assign(({ context, event }) => {
      if (event.type !== 'session.branch') return {};
      const n = event.decision - 1;
      let choices = -1;
      const cut = context.log.findIndex((e) => e.type === 'choice.selected' && ++choices === n);
      return {
        steps: context.steps.slice(0, n),
        momentId: context.steps[n]!.momentId,
        endingId: null,
        printed: n > 0 ? lastStepLines(context.scenario, context.steps.slice(0, n)).length : 0,
        log: context.log.slice(0, cut < 0 ? context.log.length : cut),
      };
    }),
    emitBranched: emit(
      ({ event }) => ({ type: 'session.branched', decision: event.type === 'session.branch' ? event.decision : 0 }) as const,
    ),
    reset: assign(({ context }) => freshContext(context.scenario, context.lineDelayMs)),
    /** `deciding`: the transition ends where a choice is open (the progress a save keeps counts that decision). */
    emitLog: emit(
      ({ context }, { deciding }: { deciding: boolean }) =>
        ({ type: 'log.changed', log: context.log, progress: progressOf(context, deciding) }) as const,
    ),
    emitBegun: emit(({ context }) => ({ type: 'casus.begun', scenarioId: context.scenario.id }) as const),
    emitMoment: emit(
      ({ context }) => ({ type: 'moment.entered', momentId: context.momentId, decision: context.steps.length + 1 }) as const,
    ),
    emitChoice: emit(({ context }) => {
      const step = lastStep(context) as Step;
      const option = optionOf(context.scenario, step);
      const values = Object.fromEntries(VALUE_KEYS.map((key) => [key, option.values[key].delta])) as Record<ValueKey, number>;
      const lines = lastStepLines(context.scenario, context.steps);
      return {
        type: 'choice.made',
        ...step,
        decision: context.steps.length,
        lineCount: lines.length,
        lines,
        totalCents: totalCents(lines),
        values,
      } as const;
    }),
    emitLine: emit(({ context }) => ({ type: 'kassabon.line-printed', index: context.printed - 1 }) as const),
    emitPrinted: emit({ type: 'kassabon.printed' } as const),
    emitCompleted: emit(({ context }) => {
      const score = scoreRoute(context.scenario, context.steps);
      return {
        type: 'casus.completed',
        scenarioId: context.scenario.id,
        endingId: context.endingId ?? '',
        steps: context.steps,
        score,
      } as const;
    }),
    emitRestarted: emit({ type: 'session.restarted' } as const),
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => initialContext(input),
  initial: 'resuming',
  on: { 'session.restart': { target: '.briefing', actions: ['reset', 'emitRestarted', { type: 'emitLog', params: { deciding: false } }] } },
  states: {
    /** Routes a fresh session to the briefing and a restored one to the phase its log reached. */
    resuming: {
      always: [
        { guard: { type: 'resumesAt', params: 'deciding' }, target: 'deciding' },
        { guard: { type: 'resumesAt', params: 'consequence' }, target: 'consequence' },
        { guard: { type: 'resumesAt', params: 'debrief' }, target: 'debrief' },
        { target: 'briefing' },
      ],
    },
    briefing: {
      tags: ['reading'],
      on: {
        'casus.begin': {
          target: 'deciding',
          actions: ['record', 'emitBegun', 'emitMoment', { type: 'emitLog', params: { deciding: true } }],
        },
      },
    },
    deciding: {
      tags: ['choosing'],
      on: {
        'choice.selected': {
          guard: 'optionAvailable',
          target: 'revealing',
          actions: ['takeStep', 'record', 'emitChoice', { type: 'emitLog', params: { deciding: false } }],
        },
      },
    },
    revealing: {
      tags: ['receipt'],
      entry: assign({ printed: 0 }),
      on: {
        'kassabon.revealed': {
          target: 'consequence',
          actions: ['printAll', 'record', 'emitPrinted', { type: 'emitLog', params: { deciding: false } }],
        },
      },
      initial: 'printing',
      states: {
        printing: {
          always: {
            guard: 'allPrinted',
            target: '#session.consequence',
            actions: ['recordRevealed', 'emitPrinted', { type: 'emitLog', params: { deciding: false } }],
          },
          after: { lineDelay: { target: 'printing', reenter: true, actions: ['printLine', 'emitLine'] } },
        },
      },
    },
    consequence: {
      tags: ['receipt'],
      on: {
        'moment.continue': [
          {
            guard: 'reachedEnding',
            target: 'debrief',
            actions: ['advance', 'record', 'emitCompleted', { type: 'emitLog', params: { deciding: false } }],
          },
          { target: 'deciding', actions: ['advance', 'record', 'emitMoment', { type: 'emitLog', params: { deciding: true } }] },
        ],
      },
    },
    debrief: {
      tags: ['done'],
      on: {
        'session.branch': {
          guard: 'branchable',
          target: 'deciding',
          actions: ['branch', 'emitBranched', 'emitMoment', { type: 'emitLog', params: { deciding: true } }],
        },
      },
    },
  },
});

export type SessionMachine = typeof sessionMachine;
