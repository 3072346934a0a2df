import type { OpenCasusInput, OpenedCasus } from './app-machine.ts';
import type { CasusLibrary } from './casus-library.ts';
import { clearSave, restoreStored } from './save-store.ts';
import type { KeyValueStore } from './storage.ts';

/** Loads a casus chunk and, when resuming, replays its save; a save that no longer plays is set aside. */
export function createCasusOpener(library: CasusLibrary, store: KeyValueStore) {
  return async ({ scenarioId, resume }: OpenCasusInput): Promise<OpenedCasus> => {
    const entry = library.entries.find((e) => e.summary.id === scenarioId);
    if (!entry) return { kind: 'refused', notice: 'unavailable' };
    const scenario = await entry.load();
    if (!resume) {
      clearSave(store, scenarioId);
      return { kind: 'ready', scenario, restored: null };
    }
    const restored = restoreStored(store, scenario);
    if (restored.kind === 'ok') return { kind: 'ready', scenario, restored: restored.progress };
    if (restored.kind === 'none') return { kind: 'ready', scenario, restored: null };
    clearSave(store, scenarioId);
    return { kind: 'refused', notice: restored.reason };
  };
}
