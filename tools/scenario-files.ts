import { readdirSync, readFileSync } from 'node:fs';
import { report } from '../src/authoring/diagnostics/registry.ts';
import { join, relative } from 'node:path';
import { checkScenarioSet } from '../src/authoring/check-set.ts';
import { sortDiagnostics, type Diagnostic } from '../src/authoring/diagnostics/diagnostic.ts';
import type { SourceTexts } from '../src/authoring/check-quotes.ts';
import { loadScenarioBytes } from '../src/authoring/load-bytes.ts';
import type { PayerCatalogue } from '../src/authoring/payer-catalogue.ts';
import type { CountedDuration } from '../src/authoring/resolve-durations.ts';
import type { SourceCatalogue } from '../src/authoring/source-catalogue.ts';
import type { TariffCatalogue } from '../src/authoring/tariff-catalogue.ts';
import { readScenarioFile } from './read-scenario-file.ts';
import type { Scenario } from '../src/domain/scenario/model.ts';

export { scenarioPaths } from './scenario-targets.ts';

export interface CheckedFile {
  readonly file: string;
  readonly path: string;
  readonly scenario?: Scenario;
  readonly diagnostics: readonly Diagnostic[];
  /** The periods counted for every `until:` (resolve-durations.ts); empty without a scenario. */
  readonly counted?: readonly CountedDuration[];
}

export interface CheckOptions {
  /** The shared payer catalogue (see payer-catalogue.ts); without it each casus must declare its payers. */
  readonly payers?: PayerCatalogue;
  /** The shared tariff list (see tariff-catalogue.ts); without it a cost item naming a tariff is an error. */
  readonly tariffs?: TariffCatalogue;
  /** The shared source list (see source-catalogue.ts); with it, every cited document must be listed (SC083). */
  readonly documents?: SourceCatalogue;
}

/** Loads every file, then checks them as a set (unique ids); a file with any error has no scenario. */
export function checkScenarioFiles(paths: readonly string[], sources?: SourceTexts, options: CheckOptions = {}): CheckedFile[] {
  const loaded = paths.map((path) => {
    const file = relative(process.cwd(), path) || path;
    // A file that cannot be read is that file's error; the others are still checked.
    const read = readScenarioFile(path);
    if ('problem' in read) return { path, file, source: '', diagnostics: [{ file, line: 1, column: 1, ...read.problem }] };
    try {
      return { path, file, ...loadScenarioBytes(read.bytes, file, { ...(sources ? { sources } : {}), ...(options.payers ? { payers: options.payers } : {}), ...(options.tariffs ? { tariffs: options.tariffs } : {}), ...(options.documents ? { documents: options.documents } : {}) }) };
    } catch (error) {
      // A checker bug must not hide the other files' results: report it as this file's problem.
      const message = error instanceof Error ? error.message : String(error);
      const crash: Diagnostic = { file, line: 1, column: 1, ...report('SC000', 'crash', { detail: message }) };
      return { path, file, source: '', diagnostics: [crash] };
    }
  });
  const setDiagnostics = checkScenarioSet(loaded);
  return loaded.map(({ path, file, scenario, diagnostics, counted }) => {
    const own = setDiagnostics.filter((d) => d.file === file);
    const all = sortDiagnostics([...diagnostics, ...own]);
    return own.length > 0 || !scenario ? { path, file, diagnostics: all, counted: [] } : { path, file, scenario, diagnostics: all, counted: counted ?? [] };
  });
}

/** Source texts from a folder of .txt files named after their document number: "002_….txt" is document "002". */
export function readSourceTexts(dir: string): SourceTexts {
  const texts = new Map<string, string[]>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const document = /^(\d+)/.exec(name)?.[1];
    if (document && !texts.has(document)) texts.set(document, readFileSync(join(dir, name), 'utf8').split(/\r?\n/));
  }
  return texts;
}
