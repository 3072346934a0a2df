import { createActor, type SimulatedClock } from 'xstate';
import type { Scenario } from '../../../src/domain/scenario/model.ts';
import { sessionMachine, type RestoredProgress } from '../../../src/domain/session/session-machine.ts';

/** A running session of a scenario, as the app invokes it (printing delay 0 unless given). */
export function startSession(
  scenario: Scenario,
  options: { lineDelayMs?: number; clock?: SimulatedClock; restored?: RestoredProgress } = {},
) {
  const { clock, ...input } = options;
  return createActor(sessionMachine, { ...(clock ? { clock } : {}), input: { scenario, lineDelayMs: 0, ...input } }).start();
}
