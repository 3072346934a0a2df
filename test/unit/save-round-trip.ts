import type { Scenario } from '../../src/domain/scenario/model.ts';
import { progressOf, type SessionProgress } from '../../src/domain/session/progress.ts';
import { createSave, restoreSave } from '../../src/domain/session/save.ts';
import type { SessionContext } from '../../src/domain/session/session-machine.ts';

/** The parts of a session's context that a save must bring back. */
export const progressPart = ({ momentId, endingId, steps, printed, log }: SessionContext) => ({ momentId, endingId, steps, printed, log });

/**
 * Saves a session and restores it through JSON, as the browser does (with the progress its last `log.changed` told,
 * when given); the restored progress, or why not: also when the progress kept for the title screen is not where the
 * log leads.
 * The one place the casus properties touch the save API (src/domain/session/save.ts): adapt here when it changes.
 */
export function saveRoundTrip(
  scenario: Scenario,
  context: SessionContext,
  progress?: SessionProgress,
): ReturnType<typeof progressPart> | string {
  const saved = JSON.stringify(createSave(scenario, context.log, new Date(0), progress));
  const restored = restoreSave(saved, scenario);
  if (restored.kind !== 'ok') return restored.kind === 'invalid' ? `${restored.reason}: ${restored.detail}` : 'no save';
  const { phase, momentId, endingId, steps, printed, log } = restored.progress;
  const kept = restored.save.progress;
  const replayed = progressOf({ scenario, momentId, endingId, steps }, phase === 'deciding');
  if (kept?.decision !== replayed.decision || kept.month !== replayed.month || kept.finished !== replayed.finished)
    return `the save keeps progress ${JSON.stringify(kept)}, its log leads to ${JSON.stringify(replayed)}`;
  return { momentId, endingId, steps, printed, log };
}
