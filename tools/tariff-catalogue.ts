import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { SourceTexts } from '../src/authoring/check-quotes.ts';
import { hasErrors, type Diagnostic } from '../src/authoring/diagnostics/diagnostic.ts';
import { report } from '../src/authoring/diagnostics/registry.ts';
import { compileTariffSet, loadTariffCatalogue, type TariffCatalogueResult } from '../src/authoring/tariff-catalogue.ts';
import { STANDARD_TARIFF_SET, type TariffSet } from '../src/domain/costs/tariff-set.ts';
import { isEditorLeftover, SCENARIO_FILE } from './scenario-targets.ts';
import { readSharedText } from './shared-file.ts';

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
    const read = readSharedText(path, file);
    if ('refused' in read) return { path, file, tariffs: {}, broken: [], diagnostics: [read.refused] };
    return { path, ...loadTariffCatalogue(read.text, file, sources ? { sources } : {}) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { path, file, tariffs: {}, broken: [], diagnostics: [{ file, line: 1, column: 1, ...report('SC000', 'crash', { detail: message }) }] };
  }
}

export interface CheckedTariffSet {
  /** The file's name without .yaml, as `?tarieven=<id>` and the settings name it. */
  readonly id: string;
  readonly path: string;
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Present only when the file has no errors. */
  readonly set?: TariffSet;
}

/** `Gemeente Zaanstad.yaml` → `gemeente-zaanstad`: the id a link and the settings use. */
export function tariffSetId(name: string): string {
  return basename(name).replace(/\.ya?ml$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'tarieven';
}

/** The standard list as a set: the amounts every casus compiles with. */
export function standardTariffSet(standard: TariffCatalogueResult): TariffSet {
  return compileTariffSet(STANDARD_TARIFF_SET, standard);
}

/**
 * Every other tariff file in `scenarios/tarieven/` is a gemeente's tariff set: checked like the standard list
 * (source or estimate per tariff, prices, quotes) and against it (known ids, the same periods).
 */
export function readTariffSets(scenariosDir: string, standard: TariffCatalogueResult | undefined, sources?: SourceTexts): CheckedTariffSet[] {
  const dir = join(scenariosDir, dirname(TARIFF_CATALOGUE));
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((name) => SCENARIO_FILE.test(name) && !isEditorLeftover(name) && join('tarieven', name) !== TARIFF_CATALOGUE).sort();
  return names.map((name) => {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || path;
    const id = tariffSetId(name);
    try {
      const read = readSharedText(path, file);
      if ('refused' in read) return { id, path, file, diagnostics: [read.refused] };
      const result = loadTariffCatalogue(read.text, file, { ...(sources ? { sources } : {}), ...(standard ? { standard } : {}) });
      if (hasErrors(result.diagnostics)) return { id, path, file, diagnostics: result.diagnostics };
      return { id, path, file, diagnostics: result.diagnostics, set: compileTariffSet(id, result) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { id, path, file, diagnostics: [{ file, line: 1, column: 1, ...report('SC000', 'crash', { detail: message }) }] };
    }
  });
}
