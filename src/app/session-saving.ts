import type { SessionActor } from './app-machine.ts';
import type { Clock } from './clock.ts';
import { progressOf } from '../domain/session/progress.ts';
import { writeSave } from './save-store.ts';
import type { KeyValueStore } from './storage.ts';

export interface SavingHandle {
  readonly unbind: () => void;
  /** Stop writing (another tab has progress in this casus that a write would overwrite). */
  readonly pause: () => void;
  /** Write again, starting with the session's progress now: the player chose to keep this tab's. */
  readonly resume: () => void;
}

/** Saves the session's event log whenever the session says it changed, unless paused. */
export function bindSaving(session: SessionActor, store: KeyValueStore, clock: Clock): SavingHandle {
  const scenario = session.getSnapshot().context.scenario;
  let paused = false;
  const subscription = session.on('log.changed', ({ log, progress }) => {
    if (!paused) writeSave(store, scenario, log, clock.now(), progress);
  });
  return {
    unbind: () => subscription.unsubscribe(),
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
      const snapshot = session.getSnapshot();
      writeSave(store, scenario, snapshot.context.log, clock.now(), progressOf(snapshot.context, snapshot.matches('deciding')));
    },
  };
}
