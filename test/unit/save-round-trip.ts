import type { Scenario } from '../../src/domain/scenario/model.ts';
import { createSave, restoreSave } from '../../src/domain/session/save.ts';
import { createSessionMachine, type SessionContext } from '../../src/domain/session/session-machine.ts';

/**
 * Saves a session and restores it through JSON, as the browser does; the restored context, or why not.
 * The one place the casus properties touch the save API (src/domain/session/save.ts): adapt here when it changes.
 */
export function saveRoundTrip(scenario: Scenario, context: SessionContext): SessionContext | string {
  const saved = JSON.stringify(createSave(scenario, context.log, new Date(0)));
  const restored = restoreSave(saved, scenario, createSessionMachine(scenario, { lineDelayMs: 0 }));
  return restored.kind === 'ok' ? restored.snapshot.context : restored.kind === 'invalid' ? `${restored.reason}: ${restored.detail}` : 'no save';
}
