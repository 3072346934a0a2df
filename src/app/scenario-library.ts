import type { ScenarioSummary } from '../domain/scenario/scenario-summary.ts';
import type { TariffSet } from '../domain/costs/tariff-set.ts';
import type { Scenario } from '../domain/scenario/model.ts';
import type { Text } from '../domain/scenario/text.ts';

/** One casus of the library: its summary is in the index, the casus itself is a chunk loaded on demand. */
export interface ScenarioEntry {
  readonly summary: ScenarioSummary;
  load(): Promise<Scenario>;
}

/**
 * The bundled casussen, as built by tools/build/vite-plugin-scenarios.ts. `problems` is filled only by the
 * development server, which keeps serving the valid casussen when a file has errors and shows these
 * (located, in Dutch) on the title screen; a production build refuses to build instead.
 */
/** A tariff set the game can price with: the index holds its name, the prices are a chunk loaded on demand. */
export interface TariffSetEntry {
  readonly id: string;
  readonly title: Text;
  load(): Promise<TariffSet>;
}

export interface ScenarioLibrary {
  readonly entries: readonly ScenarioEntry[];
  /** The standard tariffs first, then every gemeente's bundled set; absent in libraries built before sets. */
  readonly tariffSets?: readonly TariffSetEntry[];
  readonly problems: readonly string[];
}
