import type { SessionActor } from './app-machine.ts';
import type { Clock } from './clock.ts';
import { writeSave } from './save-store.ts';
import type { KeyValueStore } from './storage.ts';

/** Saves the session's event log whenever the session says it changed. Returns the unsubscribe. */
export function bindSaving(session: SessionActor, store: KeyValueStore, clock: Clock): () => void {
  const scenario = session.getSnapshot().context.scenario;
  const subscription = session.on('log.changed', ({ log }) => writeSave(store, scenario, log, clock.now()));
  return () => subscription.unsubscribe();
}
