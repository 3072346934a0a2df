import type { SourceTexts } from '../check-quotes.ts';
import { checkScenarioSet } from '../check-set.ts';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/registry.ts';
import { loadScenarioBytes } from '../load-bytes.ts';
import { loadPayerCatalogue, type CatalogueResult, type PayerCatalogue } from '../payer-catalogue.ts';
import type { CountedDuration } from '../resolve-durations.ts';
import { loadSourceCatalogue, type SourceCatalogue, type SourceCatalogueResult } from '../source-catalogue.ts';
import { compileTariffSet, loadTariffCatalogue, type TariffCatalogue, type TariffCatalogueResult } from '../tariff-catalogue.ts';
import type { TariffSet } from '../../domain/costs/tariff-set.ts';
import type { Scenario } from '../../domain/scenario/model.ts';
import type { FilePort } from './file-port.ts';
import {
  isEditorLeftover,
  isTemplate,
  PAYER_FILE,
  SCENARIO_FILE,
  sharedPath,
  SOURCE_LIST_FILE,
  TARIFF_FILE,
  TARIFF_FOLDER,
} from './library-layout.ts';

/** What loading one casus file gives: kept by a ResultCache exactly as made. */
export interface LoadedScenario {
  readonly source: string;
  readonly scenario?: Scenario;
  readonly diagnostics: readonly Diagnostic[];
  readonly counted?: readonly CountedDuration[];
}

/**
 * Earlier results, looked up by everything a casus's messages depend on: its bytes, the name it is shown under and
 * the shared inputs (`inputs`: one string for the whole job); the implementation adds the checker's own version
 * (tools/cli/check-cache.ts). So a message can never be stale: any change to any of them is another key.
 */
export interface ResultCache {
  get(file: string, bytes: Uint8Array, inputs: string): CachedScenario | undefined;
  set(file: string, bytes: Uint8Array, inputs: string, loaded: CachedScenario): void;
}

/** A result as kept: without the text, which is the bytes decoded again (half the size of an entry). */
export type CachedScenario = Omit<LoadedScenario, 'source'> & { readonly undecodable: boolean };

/** The text of bytes that decoded before: as source-text.ts made it (valid UTF-8, a byte-order mark dropped). */
const utf8 = new TextDecoder('utf-8');

/** Everything of the shared inputs a casus's messages can depend on, as one string (a cache key part). */
export function inputsKey(inputs: SharedInputs): string {
  return JSON.stringify([
    inputs.payers ?? null,
    inputs.tariffs ?? null,
    inputs.documents ?? null,
    inputs.sources ? [...inputs.sources] : null,
  ]);
}

/** A shared file as read: what its loader made of it, with where it is. */
export type CheckedShared<T extends { readonly diagnostics: readonly Diagnostic[] }> = T & { readonly path: string; readonly file: string };

export interface CheckedFile {
  readonly file: string;
  readonly path: string;
  /** The decoded text, so a view can show the offending line under each message; empty when unreadable. */
  readonly source: string;
  readonly scenario?: Scenario;
  readonly diagnostics: readonly Diagnostic[];
  /** The periods counted for every `until:` (resolve-durations.ts); empty without a scenario. */
  readonly counted?: readonly CountedDuration[];
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

/** What every casus of a job is checked against: the shared lists of its library, and the source texts. */
export interface SharedInputs {
  readonly sources?: SourceTexts;
  /** The shared payer catalogue; without it each casus must declare its payers. */
  readonly payers?: PayerCatalogue;
  /** The shared tariff list; without it a cost item naming a tariff is an error. */
  readonly tariffs?: TariffCatalogue;
  /** The shared source list; with it, every cited document must be in it (SC083). */
  readonly documents?: SourceCatalogue;
}

/** Checking one library: its casus files as a set, against the shared files in `libraryRoot`. */
export interface CompilationJob {
  /** The casus files to check (paths the port reads); a template (library-layout.ts) is checked on its own. */
  readonly scenarios: readonly string[];
  /** The folder whose gedeeld/ and tarieven/ hold the shared files; undefined: none. */
  readonly libraryRoot?: string;
  /** Source texts to check every quote against; without them quotes are not checked. */
  readonly sources?: SourceTexts;
}

export interface CompilationResult {
  readonly payers?: CheckedShared<CatalogueResult>;
  readonly tariffs?: CheckedShared<TariffCatalogueResult>;
  readonly documents?: CheckedShared<SourceCatalogueResult>;
  /** Every other file in tarieven/: a gemeente's tariff set. */
  readonly tariffSets: readonly CheckedTariffSet[];
  readonly files: readonly CheckedFile[];
}

const crash = (file: string, error: unknown): Diagnostic => ({
  file,
  line: 1,
  column: 1,
  ...report('SC000', 'crash', { detail: error instanceof Error ? error.message : String(error) }),
});

/** As readFileSync(path, 'utf8') reads a shared file: invalid bytes replaced, a byte-order mark kept. */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** A shared file's text through the port, or its one located refusal (too large, unreadable). */
function sharedText(port: FilePort, path: string, file: string): { readonly text: string } | { readonly refused: Diagnostic } {
  const read = port.read(path);
  return 'problem' in read ? { refused: { file, line: 1, column: 1, ...read.problem } } : { text: decoder.decode(read.bytes) };
}

/**
 * A shared file of a library, loaded with its diagnostics; undefined when the library has none. A loader that
 * crashes is one located SC000, not a stack trace.
 */
export function readShared<T extends { readonly diagnostics: readonly Diagnostic[] }>(
  port: FilePort,
  path: string,
  load: (text: string, file: string) => T,
  empty: Omit<T, 'diagnostics'>,
): CheckedShared<Omit<T, 'diagnostics'> & { readonly diagnostics: readonly Diagnostic[] }> | undefined {
  if (!port.isFile(path)) return undefined;
  const file = port.display(path);
  try {
    const read = sharedText(port, path, file);
    if ('refused' in read) return { path, file, ...empty, diagnostics: [read.refused] };
    return { path, file, ...load(read.text, file) };
  } catch (error) {
    return { path, file, ...empty, diagnostics: [crash(file, error)] };
  }
}

export const readPayers = (port: FilePort, root: string) =>
  readShared(port, sharedPath(port, root, PAYER_FILE), loadPayerCatalogue, { payers: {} });
export const readDocuments = (port: FilePort, root: string) =>
  readShared(port, sharedPath(port, root, SOURCE_LIST_FILE), loadSourceCatalogue, { documents: {} });
export const readTariffs = (port: FilePort, root: string, sources?: SourceTexts): CheckedShared<TariffCatalogueResult> | undefined =>
  readShared(port, sharedPath(port, root, TARIFF_FILE), (text, file) => loadTariffCatalogue(text, file, sources ? { sources } : {}), {
    file: '',
    tariffs: {},
    broken: [],
  }) as CheckedShared<TariffCatalogueResult> | undefined;

/** `Gemeente Zaanstad.yaml` → `gemeente-zaanstad`: the id a link and the settings use. */
export function tariffSetId(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return (
    base
      .replace(/\.ya?ml$/i, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'tarieven'
  );
}

/**
 * Every other tariff file in `tarieven/` is a gemeente's tariff set: checked like the standard list (source or
 * estimate per tariff, prices, quotes) and against it (known ids, the same periods).
 */
export function readTariffSets(
  port: FilePort,
  root: string,
  standard: TariffCatalogueResult | undefined,
  sources?: SourceTexts,
): CheckedTariffSet[] {
  const dir = port.join(root, TARIFF_FOLDER);
  const names = port.fileNames(dir).filter((name) => SCENARIO_FILE.test(name) && !isEditorLeftover(name) && name !== TARIFF_FILE[1]);
  return names.map((name) => {
    const path = port.join(dir, name);
    const file = port.display(path);
    const id = tariffSetId(name);
    try {
      const read = sharedText(port, path, file);
      if ('refused' in read) return { id, path, file, diagnostics: [read.refused] };
      const result = loadTariffCatalogue(read.text, file, { ...(sources ? { sources } : {}), ...(standard ? { standard } : {}) });
      if (hasErrors(result.diagnostics)) return { id, path, file, diagnostics: result.diagnostics };
      return { id, path, file, diagnostics: result.diagnostics, set: compileTariffSet(id, result) };
    } catch (error) {
      return { id, path, file, diagnostics: [crash(file, error)] };
    }
  });
}

/** One casus file through the loader; a checker bug is that file's SC000, so the other files are still checked. */
function loadOne(
  port: FilePort,
  path: string,
  inputs: SharedInputs,
  cache?: { readonly store: ResultCache; readonly key: string },
): LoadedScenario & { readonly path: string; readonly file: string } {
  const file = port.display(path);
  const read = port.read(path);
  if ('problem' in read) return { path, file, source: '', diagnostics: [{ file, line: 1, column: 1, ...read.problem }] };
  const kept = cache?.store.get(file, read.bytes, cache.key);
  if (kept) {
    const { undecodable, ...result } = kept;
    return { path, file, source: undecodable ? '' : utf8.decode(read.bytes), ...result };
  }
  try {
    const loaded = loadScenarioBytes(read.bytes, file, inputs);
    const { source, ...result } = loaded;
    cache?.store.set(file, read.bytes, cache.key, { ...result, undecodable: source === '' });
    return { path, file, ...loaded };
  } catch (error) {
    return { path, file, source: '', diagnostics: [crash(file, error)] };
  }
}

type Loaded = ReturnType<typeof loadOne>;

/** The set checks (unique ids) over loaded files; a file with any error has no scenario. */
function asSet(loaded: readonly Loaded[]): CheckedFile[] {
  const setDiagnostics = checkScenarioSet(loaded);
  return loaded.map(({ path, file, source, scenario, diagnostics, counted }) => {
    const own = setDiagnostics.filter((d) => d.file === file);
    const all = sortDiagnostics([...diagnostics, ...own]);
    return own.length > 0 || !scenario
      ? { path, file, source, diagnostics: all, counted: [] }
      : { path, file, source, scenario, diagnostics: all, counted: counted ?? [] };
  });
}

/**
 * Casus files checked against given shared inputs: each loaded, then the library's casussen as one set and each
 * template on its own (a copy of the template may keep its id until it is renamed). In the order given.
 */
export function checkScenarioFilesIn(
  port: FilePort,
  paths: readonly string[],
  inputs: SharedInputs = {},
  cache?: ResultCache,
): CheckedFile[] {
  const keyed = cache ? { store: cache, key: inputsKey(inputs) } : undefined;
  const loaded = paths.map((path) => loadOne(port, path, inputs, keyed));
  const library = asSet(loaded.filter((l) => !isTemplate(l.path)));
  const templates = loaded.filter((l) => isTemplate(l.path)).flatMap((l) => asSet([l]));
  const byPath = new Map([...library, ...templates].map((c) => [c.path, c]));
  return loaded.map((l) => byPath.get(l.path)!);
}

/**
 * Checks a library one way, wherever it is asked for: the command line, the Vite plugin and the build, the
 * browser's worker, the tests and the benchmarks all run this, only the FilePort differs. The shared files of
 * `libraryRoot` first (payers, tariffs with their quotes, sources, tariff sets), then every casus against them.
 */
export function runCompilation(job: CompilationJob, port: FilePort, cache?: ResultCache): CompilationResult {
  const { libraryRoot: root, sources } = job;
  const payers = root === undefined ? undefined : readPayers(port, root);
  const tariffs = root === undefined ? undefined : readTariffs(port, root, sources);
  const documents = root === undefined ? undefined : readDocuments(port, root);
  const tariffSets = root === undefined ? [] : readTariffSets(port, root, tariffs, sources);
  const inputs: SharedInputs = {
    ...(sources ? { sources } : {}),
    ...(payers ? { payers: payers.payers } : {}),
    ...(tariffs ? { tariffs } : {}),
    ...(documents ? { documents: documents.documents } : {}),
  };
  const files = checkScenarioFilesIn(port, job.scenarios, inputs, cache);
  return { ...(payers ? { payers } : {}), ...(tariffs ? { tariffs } : {}), ...(documents ? { documents } : {}), tariffSets, files };
}

/** The shared files' diagnostics of a result, as one entry each (what the build and the dev server list first). */
export function sharedFiles(result: CompilationResult): CheckedFile[] {
  return [result.payers, result.tariffs, result.documents, ...result.tariffSets].flatMap((c) =>
    c ? [{ file: c.file, path: c.path, source: '', diagnostics: c.diagnostics }] : [],
  );
}
