import { attemptOf, readAttempts, withAttempt, writeAttempts, type Attempt } from '../domain/debrief/attempts.ts';
import type { SessionActor } from './app-machine.ts';
import type { Clock } from './clock.ts';
import type { KeyValueStore } from './storage.ts';

const keyOf = (scenarioId: string) => `attempts:${scenarioId}`;

export function storedAttempts(store: KeyValueStore, scenarioId: string): Attempt[] {
  return readAttempts(store.get(keyOf(scenarioId)));
}

/** Keeps every finished attempt of the session's casus (the session says so with `casus.completed`). */
export function bindAttempts(session: SessionActor, store: KeyValueStore, clock: Clock): () => void {
  const subscription = session.on('casus.completed', (event) => {
    const attempts = withAttempt(storedAttempts(store, event.scenarioId), attemptOf(event, clock.now()));
    store.set(keyOf(event.scenarioId), writeAttempts(attempts));
  });
  return () => subscription.unsubscribe();
}
