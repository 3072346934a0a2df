import type { Scenario } from '../domain/scenario/model.ts';
import type { SessionEvent } from '../domain/session/events.ts';
import type { SessionProgress } from '../domain/session/progress.ts';
import {
  SAVE_FORMAT,
  createSave,
  readSave,
  restoreSave,
  type RestoreResult,
  type SaveData,
  type SaveProblem,
} from '../domain/session/save.ts';
import type { ResumeOffer } from '../ui/screens/title-screen.ts';
import type { KeyValueStore } from './storage.ts';
import { setAside } from './stored-value.ts';

export const SAVE_KEY_PREFIX = 'save:';
const keyOf = (scenarioId: string) => `${SAVE_KEY_PREFIX}${scenarioId}`;

/** The raw stored save of a casus, if any. */
export const storedSave = (store: KeyValueStore, scenarioId: string): string | null => store.get(keyOf(scenarioId));

export function restoreStored(store: KeyValueStore, scenario: Scenario): RestoreResult {
  return restoreSave(store.get(keyOf(scenario.id)), scenario);
}

/** Stores the session's log; `progress` is the live session's, else the log is replayed to find it. */
export function writeSave(
  store: KeyValueStore,
  scenario: Scenario,
  log: readonly SessionEvent[],
  now: Date,
  progress?: SessionProgress,
): void {
  if (log.length === 0) store.remove(keyOf(scenario.id));
  else store.set(keyOf(scenario.id), JSON.stringify(createSave(scenario, log, now, progress)));
}

/** The tariff set a stored session was priced with, so a resumed kassabon prints the same amounts. */
export function storedTariffSet(store: KeyValueStore, scenarioId: string): string | undefined {
  const save = readSave(store.get(keyOf(scenarioId)));
  return save && !('problem' in save) ? save.tariffSet : undefined;
}

/** The player starts the casus afresh: its save goes, except one made by a newer build, which is set aside for it. */
export function clearSave(store: KeyValueStore, scenarioId: string): void {
  const raw = store.get(keyOf(scenarioId));
  if (raw === null) return;
  const save = readSave(raw);
  if (save !== null && 'problem' in save && save.problem === 'newer') setAside(store, keyOf(scenarioId), raw);
  else store.remove(keyOf(scenarioId));
}

/** A save that cannot be used is moved to its quarantine key, never deleted. */
export function setAsideSave(store: KeyValueStore, scenarioId: string): void {
  const raw = store.get(keyOf(scenarioId));
  if (raw !== null) setAside(store, keyOf(scenarioId), raw);
}

/**
 * What the title screen offers for a stored session, read without loading the casus: the save carries a
 * progress summary. A save that cannot even be read is set aside here (one from a newer build stays where it is,
 * so that build still finds it); one that no longer replays is found out when the casus opens.
 */
export function resumeOffer(
  store: KeyValueStore,
  scenarioId: string,
): ResumeOffer | { readonly kind: 'rejected'; readonly reason: SaveProblem } {
  const save = readSave(store.get(keyOf(scenarioId)));
  if (save === null) return { kind: 'none' };
  if ('problem' in save) {
    if (save.problem !== 'newer') setAsideSave(store, scenarioId);
    return { kind: 'rejected', reason: save.problem };
  }
  if (save.log.length === 0) return { kind: 'none' };
  return {
    kind: 'resumable',
    finished: save.progress?.finished ?? false,
    ...(save.progress ? { decision: save.progress.decision, month: save.progress.month } : {}),
  };
}

/**
 * Puts a log kept elsewhere (an LMS's suspend_data) in place as this browser's save of the casus. It carries no
 * structure hash or progress summary: it is checked like any save when the casus opens, by replaying it.
 */
export function storeLog(store: KeyValueStore, scenarioId: string, log: readonly SessionEvent[], now: Date): void {
  const save: SaveData = {
    saveFormat: SAVE_FORMAT,
    scenarioId,
    savedAt: now.toISOString(),
    log: log.filter((e): e is SaveData['log'][number] => e.type !== 'session.restart'),
  };
  store.set(keyOf(scenarioId), JSON.stringify(save));
}
