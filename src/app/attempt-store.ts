import { attemptOf, storedAttemptsSchema, withAttempt, writeAttempts, type Attempt } from '../domain/debrief/attempts.ts';
import type { SessionActor } from './app-machine.ts';
import type { Clock } from './clock.ts';
import type { KeyValueStore } from './storage.ts';
import { readStored } from './stored-value.ts';

const keyOf = (scenarioId: string) => `attempts:${scenarioId}`;

/** The kept attempts of a casus; an unreadable list is set aside (`onSetAside` is told) and counts as none. */
export function storedAttempts(store: KeyValueStore, scenarioId: string, onSetAside: () => void = () => undefined): Attempt[] {
  const read = readStored(store, keyOf(scenarioId), storedAttemptsSchema);
  if (read.kind === 'setAside') onSetAside();
  return read.kind === 'ok' ? read.value.attempts : [];
}

/** Keeps every finished attempt of the session's casus (the session says so with `casus.completed`). */
export function bindAttempts(session: SessionActor, store: KeyValueStore, clock: Clock): () => void {
  const subscription = session.on('casus.completed', (event) => {
    const attempts = withAttempt(storedAttempts(store, event.scenarioId), attemptOf(event, clock.now()));
    store.set(keyOf(event.scenarioId), writeAttempts(attempts));
  });
  return () => subscription.unsubscribe();
}
