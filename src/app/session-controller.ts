import { createActor, type Actor } from 'xstate';
import type { Scenario } from '../domain/scenario/model.ts';
import { createSessionMachine, type SessionMachine } from '../domain/session/session-machine.ts';
import { clearSave, readSave, writeSave } from './save-store.ts';
import type { KeyValueStore } from './storage.ts';

export interface SessionHandle {
  readonly scenario: Scenario;
  readonly actor: Actor<SessionMachine>;
  stop(): void;
}

export interface OpenSessionOptions {
  readonly scenario: Scenario;
  readonly store: KeyValueStore;
  readonly resume: boolean;
  readonly lineDelayMs: number;
  readonly onError: (error: unknown) => void;
}

/** Starts (or resumes) a session actor and saves its event log after every accepted event. */
export function openSession({ scenario, store, resume, lineDelayMs, onError }: OpenSessionOptions): SessionHandle {
  const machine = createSessionMachine(scenario, { lineDelayMs });
  const restored = resume ? readSave(store, scenario, machine) : { kind: 'none' as const };
  if (!resume) clearSave(store, scenario.id);
  const actor = createActor(machine, restored.kind === 'ok' ? { snapshot: restored.snapshot } : {});
  let savedLength = restored.kind === 'ok' ? restored.save.log.length : 0;
  const subscription = actor.subscribe({
    next: (snapshot) => {
      const { log } = snapshot.context;
      if (log.length === savedLength) return;
      savedLength = log.length;
      if (log.length === 0) clearSave(store, scenario.id);
      else writeSave(store, scenario, log, new Date());
    },
    error: onError,
  });
  actor.start();
  return {
    scenario,
    actor,
    stop: () => {
      subscription.unsubscribe();
      actor.stop();
    },
  };
}

/** What the title screen offers for a stored session: resume, a notice that it was unusable, or nothing. */
export type SaveStatus =
  | { readonly kind: 'none' }
  | { readonly kind: 'resumable'; readonly decision: number; readonly month: number; readonly finished: boolean }
  | { readonly kind: 'rejected'; readonly reason: 'corrupt' | 'outdated' };

export function saveStatus(scenario: Scenario, store: KeyValueStore): SaveStatus {
  const machine = createSessionMachine(scenario, { lineDelayMs: 0 });
  const restored = readSave(store, scenario, machine);
  if (restored.kind === 'none') return { kind: 'none' };
  if (restored.kind === 'invalid') {
    clearSave(store, scenario.id);
    return { kind: 'rejected', reason: restored.reason };
  }
  const { context, value } = restored.snapshot;
  if (context.log.length === 0) return { kind: 'none' };
  const moment = scenario.moments[context.momentId];
  return { kind: 'resumable', decision: context.steps.length + (value === 'deciding' ? 1 : 0), month: moment?.month ?? 0, finished: value === 'debrief' };
}
