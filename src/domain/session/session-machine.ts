import { assign, setup } from 'xstate';
import { availableOptions, optionOf, stateAfter, type Step } from '../play/route.ts';
import type { Scenario } from '../scenario/model.ts';
import type { SessionEvent } from './events.ts';

export interface SessionContext {
  readonly scenarioId: string;
  readonly momentId: string;
  readonly endingId: string | null;
  readonly steps: readonly Step[];
  /** Every accepted event, in order: the save is this log, replayed on resume. */
  readonly log: readonly SessionEvent[];
}

function initialContext(scenario: Scenario): SessionContext {
  return { scenarioId: scenario.id, momentId: scenario.start, endingId: null, steps: [], log: [] };
}

/**
 * One playthrough of one scenario. Phases: briefing → (deciding → revealing → consequence)* → debrief.
 * The scenario is closed over rather than kept in context, so snapshots and saves stay small.
 */
export function createSessionMachine(scenario: Scenario) {
  const lastStep = (context: SessionContext): Step | undefined => context.steps[context.steps.length - 1];
  return setup({
    types: { context: {} as SessionContext, events: {} as SessionEvent },
    guards: {
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
      revealing: { tags: ['receipt'], on: { 'kassabon.revealed': { target: 'consequence', actions: 'record' } } },
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
