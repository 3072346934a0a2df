import { assign, setup } from 'xstate';
import { availableOptions, optionOf, stateAfter, stepLines, type Step } from '../play/route.ts';
import type { Scenario } from '../scenario/model.ts';
import type { SessionEvent } from './events.ts';

export interface SessionContext {
  readonly scenarioId: string;
  readonly momentId: string;
  readonly endingId: string | null;
  readonly steps: readonly Step[];
  /** Receipt lines of the last choice printed so far (the kassabon prints line by line). */
  readonly printed: number;
  /** Every accepted event, in order: the save is this log, replayed on resume. */
  readonly log: readonly SessionEvent[];
}

function initialContext(scenario: Scenario): SessionContext {
  return { scenarioId: scenario.id, momentId: scenario.start, endingId: null, steps: [], printed: 0, log: [] };
}

/**
 * One playthrough of one scenario. Phases: briefing → (deciding → revealing → consequence)* → debrief.
 * The scenario is closed over rather than kept in context, so snapshots and saves stay small.
 */
export interface SessionOptions {
  /** Time between two printed receipt lines; the view passes 0 for reduced motion. */
  readonly lineDelayMs?: number;
}

export function createSessionMachine(scenario: Scenario, options: SessionOptions = {}) {
  const lastStep = (context: SessionContext): Step | undefined => context.steps[context.steps.length - 1];
  const lineCount = (context: SessionContext): number => {
    const step = lastStep(context);
    return step ? stepLines(scenario, step).length : 0;
  };
  return setup({
    types: { context: {} as SessionContext, events: {} as SessionEvent },
    delays: { lineDelay: options.lineDelayMs ?? 450 },
    guards: {
      allPrinted: ({ context }) => context.printed >= lineCount(context),
      optionAvailable: ({ context, event }) =>
        event.type === 'choice.selected' &&
        availableOptions(scenario, context.momentId, stateAfter(scenario, context.steps)).some((o) => o.id === event.optionId),
      reachedEnding: ({ context }) => {
        const step = lastStep(context);
        return step !== undefined && optionOf(scenario, step).to.kind === 'ending';
      },
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
        const to = optionOf(scenario, step).to;
        return to.kind === 'ending' ? { endingId: to.id } : { momentId: to.id };
      }),
      reset: assign(() => initialContext(scenario)),
    },
  }).createMachine({
    id: 'session',
    context: initialContext(scenario),
    initial: 'briefing',
    on: { 'session.restart': { target: '.briefing', actions: 'reset' } },
    states: {
      briefing: { tags: ['reading'], on: { 'casus.begin': { target: 'deciding', actions: 'record' } } },
      deciding: {
        tags: ['choosing'],
        on: { 'choice.selected': { guard: 'optionAvailable', target: 'revealing', actions: ['takeStep', 'record'] } },
      },
      revealing: {
        tags: ['receipt'],
        entry: assign({ printed: 0 }),
        on: { 'kassabon.revealed': { target: 'consequence', actions: ['printAll', 'record'] } },
        initial: 'printing',
        states: {
          printing: {
            always: { guard: 'allPrinted', target: '#session.consequence', actions: 'recordRevealed' },
            after: { lineDelay: { target: 'printing', reenter: true, actions: 'printLine' } },
          },
        },
      },
      consequence: {
        tags: ['receipt'],
        on: {
          'moment.continue': [
            { guard: 'reachedEnding', target: 'debrief', actions: ['advance', 'record'] },
            { target: 'deciding', actions: ['advance', 'record'] },
          ],
        },
      },
      debrief: { tags: ['done'] },
    },
  });
}

export type SessionMachine = ReturnType<typeof createSessionMachine>;
