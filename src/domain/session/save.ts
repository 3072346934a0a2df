import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { z } from 'zod';
import type { Scenario } from '../scenario/model.ts';
import type { SessionEvent } from './events.ts';
import type { SessionMachine } from './session-machine.ts';

/** A save is the session's event log, replayed through the machine on resume: nothing half-valid survives. */
export const SAVE_FORMAT = 1;

const eventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('casus.begin') }),
  z.strictObject({ type: z.literal('choice.selected'), optionId: z.string() }),
  z.strictObject({ type: z.literal('kassabon.revealed') }),
  z.strictObject({ type: z.literal('moment.continue') }),
]);

const saveSchema = z.strictObject({
  saveFormat: z.number().int(),
  scenarioId: z.string(),
  contentHash: z.string(),
  savedAt: z.string(),
  log: z.array(eventSchema).max(10_000),
});

export type SaveData = z.infer<typeof saveSchema>;

export type RestoreResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly snapshot: SnapshotFrom<SessionMachine>; readonly save: SaveData }
  /** corrupt: unreadable or does not replay; outdated: other save format or changed scenario. */
  | { readonly kind: 'invalid'; readonly reason: 'corrupt' | 'outdated'; readonly detail: string };

export function createSave(scenario: Scenario, log: readonly SessionEvent[], savedAt: Date): SaveData {
  return {
    saveFormat: SAVE_FORMAT,
    scenarioId: scenario.id,
    contentHash: scenario.contentHash,
    savedAt: savedAt.toISOString(),
    log: log.filter((e): e is SaveData['log'][number] => e.type !== 'session.restart'),
  };
}

function parse(raw: string): SaveData | string {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return 'not JSON';
  }
  const parsed = saveSchema.safeParse(json);
  return parsed.success ? parsed.data : z.prettifyError(parsed.error);
}

export function restoreSave(raw: string | null, scenario: Scenario, machine: SessionMachine): RestoreResult {
  if (raw === null || raw === '') return { kind: 'none' };
  const save = parse(raw);
  if (typeof save === 'string') return { kind: 'invalid', reason: 'corrupt', detail: save };
  if (save.saveFormat !== SAVE_FORMAT) return { kind: 'invalid', reason: 'outdated', detail: `save format ${save.saveFormat}` };
  if (save.scenarioId !== scenario.id) return { kind: 'invalid', reason: 'corrupt', detail: `save is for '${save.scenarioId}'` };
  if (save.contentHash !== scenario.contentHash) return { kind: 'invalid', reason: 'outdated', detail: 'scenario changed since save' };
  let [snapshot] = initialTransition(machine);
  for (const [index, event] of save.log.entries()) {
    if (!snapshot.can(event)) return { kind: 'invalid', reason: 'corrupt', detail: `event ${index} (${event.type}) not possible` };
    [snapshot] = transition(machine, snapshot, event);
  }
  // A restored actor does not restart the print timer: resume with the whole kassabon printed.
  if (snapshot.matches('revealing')) [snapshot] = transition(machine, snapshot, { type: 'kassabon.revealed' });
  return { kind: 'ok', snapshot, save };
}
