import { z } from 'zod/mini';
import { MAX_TALLY } from '../class/class-tally.ts';
import type { Scenario } from '../scenario/model.ts';
import type { SessionEvent } from './events.ts';
import { progressOf, type SessionProgress } from './progress.ts';
import { replayer } from './replayer.ts';
import type { RestoredProgress } from './session-machine.ts';
import { structureHash } from './structure-hash.ts';

/**
 * A save is the session's event log, replayed through the machine on resume: nothing half-valid survives.
 * Versioned as ink versions its state: the current format, and the oldest one this build still reads.
 * Format 1 tied a save to a hash of all content (prose included); format 2 to the story's structure only,
 * and carries a small progress summary so the title screen needs no casus loaded to offer "resume".
 */
export const SAVE_FORMAT = 2;
export const MIN_SAVE_FORMAT = 1;

const eventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('casus.begin'), order: z.optional(z.int().check(z.minimum(0), z.maximum(0xffffffff))) }),
  z.strictObject({
    type: z.literal('choice.selected'),
    optionId: z.string(),
    tally: z.optional(z.record(z.string(), z.int().check(z.minimum(0), z.maximum(MAX_TALLY)))),
  }),
  z.strictObject({ type: z.literal('kassabon.revealed') }),
  z.strictObject({ type: z.literal('moment.continue') }),
]);

const progressSchema = z.strictObject({
  decision: z.int().check(z.nonnegative()),
  month: z.int().check(z.nonnegative()),
  finished: z.boolean(),
}) satisfies z.ZodMiniType<SessionProgress>;

const saveSchema = z.object({
  saveFormat: z.int(),
  scenarioId: z.string(),
  savedAt: z.string(),
  log: z.array(eventSchema).check(z.maxLength(10_000)),
  /** Format 2 on. */
  structureHash: z.optional(z.string()),
  progress: z.optional(progressSchema),
  /** The tariff set the kassabon priced with; absent in older saves (then the player's current choice). */
  tariffSet: z.optional(z.string().check(z.maxLength(100))),
  /** Format 1 only. */
  contentHash: z.optional(z.string()),
});

const formatSchema = z.object({ saveFormat: z.int() });

export type SaveData = z.infer<typeof saveSchema>;
export type SaveProgress = z.infer<typeof progressSchema>;

export type RestoreResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly progress: RestoredProgress; readonly save: SaveData }
  /**
   * corrupt: unreadable or does not replay; outdated: a format older than this build reads, or the casus changed so
   * the log no longer plays; newer: made by a newer build of the game (kept for it, never deleted).
   */
  | { readonly kind: 'invalid'; readonly reason: SaveProblem; readonly detail: string };

export type SaveProblem = 'corrupt' | 'outdated' | 'newer';

/**
 * A save of this log. `progress` is the live session's (the `log.changed` event carries it); without it the log is
 * replayed to find it, which costs time linear in the log, at every save.
 */
export function createSave(scenario: Scenario, log: readonly SessionEvent[], savedAt: Date, progress?: SessionProgress): SaveData {
  const kept = log.filter((e): e is SaveData['log'][number] => e.type !== 'session.restart' && e.type !== 'session.branch');
  const summary = progress ?? replayedProgress(scenario, kept);
  return {
    saveFormat: SAVE_FORMAT,
    scenarioId: scenario.id,
    structureHash: structureHash(scenario),
    ...(scenario.tariffSet ? { tariffSet: scenario.tariffSet.id } : {}),
    savedAt: savedAt.toISOString(),
    ...(summary ? { progress: summary } : {}),
    log: kept,
  };
}

function replayedProgress(scenario: Scenario, log: SaveData['log']): SessionProgress | undefined {
  const replayed = replay(scenario, log);
  return typeof replayed === 'string' ? undefined : progressOf({ scenario, ...replayed }, replayed.phase === 'deciding');
}

/** Reads a stored save without replaying it (no casus needed): for the title screen. */
export function readSave(raw: string | null): SaveData | { readonly problem: SaveProblem; readonly detail: string } | null {
  if (raw === null || raw === '') return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { problem: 'corrupt', detail: 'not JSON' };
  }
  // The format first: a newer build may store events and fields this build has no schema for.
  const format = formatSchema.safeParse(json);
  if (format.success && format.data.saveFormat > SAVE_FORMAT) {
    return { problem: 'newer', detail: `save format ${format.data.saveFormat}; this build reads ${MIN_SAVE_FORMAT}–${SAVE_FORMAT}` };
  }
  const parsed = saveSchema.safeParse(json);
  if (!parsed.success) return { problem: 'corrupt', detail: z.prettifyError(parsed.error) };
  const { saveFormat } = parsed.data;
  if (saveFormat < MIN_SAVE_FORMAT) {
    return { problem: 'outdated', detail: `save format ${saveFormat}; this build reads ${MIN_SAVE_FORMAT}–${SAVE_FORMAT}` };
  }
  return parsed.data;
}

/** Replays a log through the session machine (see replayer.ts); a string says which event could not happen. */
function replay(scenario: Scenario, log: SaveData['log']): RestoredProgress | string {
  const session = replayer(scenario);
  for (const [index, event] of log.entries()) {
    if (!session.take(event)) return `event ${index} (${event.type}) not possible`;
  }
  // A restored session does not restart the print timer: resume with the whole kassabon printed.
  if (session.snapshot().matches('revealing')) session.take({ type: 'kassabon.revealed' });
  const snapshot = session.snapshot();
  const { momentId, endingId, steps, printed, log: replayedLog } = snapshot.context;
  const phase = snapshot.matches('deciding')
    ? 'deciding'
    : snapshot.matches('consequence')
      ? 'consequence'
      : snapshot.matches('debrief')
        ? 'debrief'
        : 'briefing';
  return { phase, momentId, endingId, steps, printed, log: replayedLog };
}

export function restoreSave(raw: string | null, scenario: Scenario): RestoreResult {
  const save = readSave(raw);
  if (save === null) return { kind: 'none' };
  if ('problem' in save) return { kind: 'invalid', reason: save.problem, detail: save.detail };
  if (save.scenarioId !== scenario.id) return { kind: 'invalid', reason: 'corrupt', detail: `save is for '${save.scenarioId}'` };
  const progress = replay(scenario, save.log);
  if (typeof progress !== 'string') return { kind: 'ok', progress, save };
  // The log no longer plays: because the story changed (outdated) or because the save was damaged (corrupt).
  const changed = save.structureHash !== structureHash(scenario);
  return {
    kind: 'invalid',
    reason: changed ? 'outdated' : 'corrupt',
    detail: changed ? `story changed since save: ${progress}` : progress,
  };
}
