import type { OpenScenarioInput, OpenedScenario } from './app-machine.ts';
import type { ScenarioLibrary } from './scenario-library.ts';
import type { Scenario } from '../domain/scenario/model.ts';
import { clearSave, restoreStored, setAsideSave, storedTariffSet } from './save-store.ts';
import type { KeyValueStore } from './storage.ts';

/** Prices a casus from a tariff set: the one its save used when resuming (`saved`), else the player's choice. */
export type PriceScenario = (scenario: Scenario, saved: string | undefined) => Promise<Scenario>;

/**
 * Loads a casus chunk, prices it from the chosen tariff set and, when resuming, replays its save; a save that no
 * longer plays is set aside (moved to its quarantine key). Amounts never enter a save's structure hash, so a set never makes a save unplayable.
 */
export function createScenarioOpener(
  library: ScenarioLibrary,
  store: KeyValueStore,
  price: PriceScenario = (scenario) => Promise.resolve(scenario),
) {
  return async ({ scenarioId, resume }: OpenScenarioInput): Promise<OpenedScenario> => {
    const entry = library.entries.find((e) => e.summary.id === scenarioId);
    if (!entry) return { kind: 'refused', notice: 'unavailable' };
    const scenario = await price(await entry.load(), resume ? storedTariffSet(store, scenarioId) : undefined);
    if (!resume) {
      clearSave(store, scenarioId);
      return { kind: 'ready', scenario, restored: null };
    }
    const restored = restoreStored(store, scenario);
    if (restored.kind === 'ok') return { kind: 'ready', scenario, restored: restored.progress };
    if (restored.kind === 'none') return { kind: 'ready', scenario, restored: null };
    // Kept aside, never deleted: a newer build's save stays in place for that build.
    if (restored.reason !== 'newer') setAsideSave(store, scenarioId);
    return { kind: 'refused', notice: restored.reason };
  };
}
