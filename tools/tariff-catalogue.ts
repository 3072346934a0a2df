import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceTexts } from '../src/authoring/check-quotes.ts';
import { report } from '../src/authoring/diagnostics/registry.ts';
import { loadTariffCatalogue, type TariffCatalogueResult } from '../src/authoring/tariff-catalogue.ts';

/** Where the shared tariffs live, inside the scenarios folder: a subfolder, so it is not taken for a casus. */
export const TARIFF_CATALOGUE = join('tarieven', 'standaard.yaml');

export interface CheckedTariffs extends TariffCatalogueResult {
  readonly path: string;
}

/** The tariff list of a scenarios folder, its quotes checked against the source texts when given; undefined when the folder has none. */
export function readTariffCatalogue(scenariosDir: string, sources?: SourceTexts): CheckedTariffs | undefined {
  const path = join(scenariosDir, TARIFF_CATALOGUE);
  if (!existsSync(path)) return undefined;
  const file = relative(process.cwd(), path) || path;
  try {
    return { path, ...loadTariffCatalogue(readFileSync(path, 'utf8'), file, sources ? { sources } : {}) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { path, file, tariffs: {}, broken: [], diagnostics: [{ file, line: 1, column: 1, ...report('SC000', 'crash', { detail: message }) }] };
  }
}
