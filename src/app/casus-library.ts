import type { CasusSummary } from '../domain/scenario/casus-summary.ts';
import type { Scenario } from '../domain/scenario/model.ts';

/** One casus of the library: its summary is in the index, the casus itself is a chunk loaded on demand. */
export interface CasusEntry {
  readonly summary: CasusSummary;
  load(): Promise<Scenario>;
}

/**
 * The bundled casussen, as built by tools/vite-plugin-scenarios.ts. `problems` is filled only by the
 * development server, which keeps serving the valid casussen when a file has errors and shows these
 * (located, in Dutch) on the title screen; a production build refuses to build instead.
 */
export interface CasusLibrary {
  readonly entries: readonly CasusEntry[];
  readonly problems: readonly string[];
}
