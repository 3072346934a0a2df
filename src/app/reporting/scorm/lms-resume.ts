import type { SessionEvent } from '../../../domain/session/events.ts';
import { readSave } from '../../../domain/session/save.ts';
import { OWN_PREFIX } from '../../own-scenario.ts';
import { setAsideSave, storeLog, storedSave } from '../../save-store.ts';
import type { KeyValueStore } from '../../storage.ts';
import { decodeSuspendData, encodeSuspendData } from './suspend-data.ts';

/** How far a log got, without the casus loaded: choices made first, then events (continues, kassabonnen). */
export function advanceOf(log: readonly SessionEvent[]): readonly [choices: number, events: number] {
  return [log.filter((e) => e.type === 'choice.selected').length, log.length];
}

const further = (a: readonly [number, number], b: readonly [number, number]) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

/** What the LMS's resume state and this browser's save made together. */
export type LmsResume =
  | { readonly kind: 'ignored' }
  /** The LMS's log is now this browser's save (there was none, or it was behind: then `ahead`). */
  | { readonly kind: 'lms'; readonly ahead: boolean }
  /** This browser's save got further: it stays, and `log` goes back to the LMS. */
  | { readonly kind: 'browser'; readonly scenarioId: string; readonly log: readonly SessionEvent[] };

export interface LmsResumeOptions {
  readonly store: KeyValueStore;
  readonly now: Date;
  /** The casus the launch link names, if any: then only its save is restored. */
  readonly launched?: string;
}

/**
 * Puts the LMS's `suspend_data` beside this browser's save of the same casus; the one that got further wins.
 * Only a bundled casus's own save is ever written: a trainer's own casus (`eigen-…`), another casus than the one
 * launched, or anything this build did not write is left alone. A save that loses is set aside, never deleted.
 */
export function reconcileLmsResume(suspendData: string, { store, now, launched }: LmsResumeOptions): LmsResume {
  const resumed = decodeSuspendData(suspendData);
  if (!resumed || resumed.log.length === 0) return { kind: 'ignored' };
  const { scenarioId, log } = resumed;
  if (scenarioId.startsWith(OWN_PREFIX) || (launched !== undefined && scenarioId !== launched)) return { kind: 'ignored' };
  const local = readSave(storedSave(store, scenarioId));
  const progressed = local !== null && !('problem' in local) && local.log.length > 0 ? local.log : null;
  if (progressed) {
    if (encodeSuspendData(scenarioId, progressed) === encodeSuspendData(scenarioId, log)) return { kind: 'ignored' };
    if (!further(advanceOf(log), advanceOf(progressed))) return { kind: 'browser', scenarioId, log: progressed };
  }
  const ahead = progressed !== null;
  if (local !== null) setAsideSave(store, scenarioId);
  storeLog(store, scenarioId, log, now);
  return { kind: 'lms', ahead };
}
