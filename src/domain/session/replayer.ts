import { createActor, type ActorOptions, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../scenario/model.ts';
import type { SessionEvent } from './events.ts';
import { sessionMachine } from './session-machine.ts';

/** A clock whose timers never fire: a replay takes only the logged events, never a printed line by itself. */
const stoppedClock: NonNullable<ActorOptions<typeof sessionMachine>['clock']> = { setTimeout: () => 0, clearTimeout: () => undefined };

export interface Replayer {
  /** Takes the event if the session can take it now; false (and nothing changes) if it cannot. */
  take(event: SessionEvent): boolean;
  snapshot(): SnapshotFrom<typeof sessionMachine>;
}

/**
 * Plays events through one session actor that nobody listens to, on a stopped clock: deterministic like the pure
 * `transition()`, which builds a throwaway actor (and the machine's initial state) for every event it takes, so a
 * save (replayed at every step of a session) cost quadratic time in throwaway actors.
 */
export function replayer(scenario: Scenario): Replayer {
  const actor = createActor(sessionMachine, { input: { scenario, lineDelayMs: 0 }, clock: stoppedClock }).start();
  return {
    take(event) {
      if (!actor.getSnapshot().can(event)) return false;
      actor.send(event);
      return true;
    },
    snapshot: () => actor.getSnapshot(),
  };
}
