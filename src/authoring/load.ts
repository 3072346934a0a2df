import { isScalar, LineCounter, visit, type Document, type YAMLError, type YAMLWarning } from 'yaml';
import { checkGraph } from './check-graph.ts';
import { checkQuotes, type SourceTexts } from './check-quotes.ts';
import { checkCitedDocuments, type SourceCatalogue } from './check-documents.ts';
import { checkReferences } from './check-references.ts';
import { checkFormat3 } from './check-format-3.ts';
import { checkRouteFollowing } from './check-route-following.ts';
import { compile } from './compile.ts';
import { resetSuggestionBudget } from './did-you-mean.ts';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.ts';
import { foldCascades } from './diagnostics/fold.ts';
import { report, type Report } from './diagnostics/registry.ts';
import type { Scenario } from '../domain/scenario/model.ts';
import { scenarioSchema } from './schema.ts';
import { upgradeOnLoad } from './format/upgrade-on-load.ts';
import { CATALOGUE_FORMAT, GAME_VERSION, readableFormats } from './format/versions.ts';
import type { PayerCatalogue } from './payer-catalogue.ts';
import { resolvePayers } from './resolve-payers.ts';
import { resolveTariffs } from './resolve-tariffs.ts';
import { resolveDurations, type CountedDuration } from './resolve-durations.ts';
import type { TariffCatalogue } from './tariff-catalogue.ts';
import { roundedEuros } from './rounded-euros.ts';
import { locate, writtenAt, type PathSegment } from './yaml-locate.ts';
import { explainFirstError } from './yaml-error-context.ts';
import { withEchoes, yamlReport } from './yaml-messages.ts';
import { yamlDocumentHazards } from './yaml-hazards.ts';
import { typographyWarnings } from './yaml-typography.ts';
import { controlCharacters, yamlVersionProblem } from './yaml-text-controls.ts';
import { parseYaml } from './yaml-stream-scan.ts';
import { AliasProblem, documentData, MAX_ALIAS_USES } from './yaml-data.ts';
import { addDuplicateKeyErrors } from './yaml-unique-keys.ts';
import { zodIssuesToDrafts, type Draft, type Locator } from './zod-diagnostics.ts';

export interface LoadResult {
  /** Present only when there are no errors: nothing is built from a broken file. */
  readonly scenario?: Scenario;
  readonly diagnostics: readonly Diagnostic[];
  /** The periods the game counted for every `until:`, for the checker to show; only with a scenario. */
  readonly counted?: readonly CountedDuration[];
}

function result(file: string, drafts: readonly Draft[], scenario?: Scenario, counted: readonly CountedDuration[] = []): LoadResult {
  const diagnostics = foldCascades(sortDiagnostics(drafts.map((d) => ({ file, ...d }))));
  return hasErrors(diagnostics) || !scenario ? { diagnostics } : { scenario, diagnostics, counted };
}

function yamlDraft(problem: YAMLError | YAMLWarning, severity: 'error' | 'warning', lineCounter: LineCounter): Draft {
  const { line, col } = lineCounter.linePos(problem.pos[0]);
  return { line, column: col, ...yamlReport(problem, severity) };
}

/** Why the aliases could not become data, at the alias that showed it. */
function aliasDraft(error: unknown, lineCounter: LineCounter): Draft {
  if (!(error instanceof AliasProblem)) return { line: 1, column: 1, ...report('SC001', 'tooManyAliases') };
  const { line, col } = lineCounter.linePos(error.alias.range?.[0] ?? 0);
  const found =
    error.kind === 'unknown'
      ? report('SC001', 'unknownAnchor', { name: error.alias.source })
      : error.kind === 'self'
        ? report('SC001', 'selfAnchor')
        : error.kind === 'tooMany'
          ? report('SC001', 'anchorOverused', { name: error.alias.source, limit: MAX_ALIAS_USES })
          : report('SC001', 'tooManyAliases');
  return { line, column: col, ...found };
}

/** `6.500` is 6.5 to YAML but € 6.500 to a Dutch reader: refuse amounts written with a thousands dot. */
function dutchThousands(doc: Document, lineCounter: LineCounter): Draft[] {
  const drafts: Draft[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'amount' || !isScalar(pair.value)) return;
      const written = pair.value.source ?? '';
      // 0.005 is a fraction of a cent to anyone (SC020), not a thousands dot.
      if (!/^[1-9]\d{0,2}(\.\d{3})+$/.test(written)) return;
      const { line, col } = lineCounter.linePos(pair.value.range?.[0] ?? 0);
      drafts.push({ line, column: col, ...report('SC029', 'thousandsDot', { written, intended: written.replace(/\./g, ''), parsed: Number(written), parsedNl: String(Number(written)).replace('.', ','), rounded: roundedEuros(Number(written)) }) });
    },
  });
  return drafts;
}

/**
 * Scenario data is plain text, numbers, yes/no, lists and keys. YAML can also express self-referring anchors
 * and binary or date values; none belongs in a casus, and each would confuse the checks after this one.
 */
function unusualData(data: unknown): Report | undefined {
  const seen = new Set<unknown>();
  const walk = (value: unknown): Report | undefined => {
    if (value === null || typeof value !== 'object') return undefined;
    if (seen.has(value)) return report('SC001', 'selfAnchor');
    const prototype = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return report('SC001', 'unusualValue');
    seen.add(value);
    for (const child of Object.values(value)) {
      const problem = walk(child);
      if (problem) return problem;
    }
    seen.delete(value);
    return undefined;
  };
  return walk(data);
}

/** The shared payer and tariff lists have one format: anything else is refused. */
export function formatDraft(data: unknown, where: Locator): Draft | undefined {
  const format = (data as { format?: unknown } | null)?.format;
  if (format === undefined || format === CATALOGUE_FORMAT) return undefined;
  const versions = { game: GAME_VERSION, readable: readableFormats(CATALOGUE_FORMAT, CATALOGUE_FORMAT), supported: CATALOGUE_FORMAT };
  const newer = typeof format === 'number' && Number.isInteger(format) && format > CATALOGUE_FORMAT;
  return { ...where(['format']), ...(newer ? report('SC009', 'newer', { found: format, ...versions }) : report('SC009', 'unsupported', { found: JSON.stringify(format), ...versions })) };
}

export interface LoadOptions {
  /** When given, every cited quote is checked against these source texts. */
  readonly sources?: SourceTexts;
  /** The shared payer catalogue: cost items may name its payers without declaring them under 'payers:'. */
  readonly payers?: PayerCatalogue;
  /** The shared tariff list: cost items may name its tariffs ('tariff: id') instead of their own amount. */
  readonly tariffs?: TariffCatalogue;
  /** The shared source catalogue: when given, every cited document must be in it (SC083). */
  readonly documents?: SourceCatalogue;
}

/** The syntax stage, shared by every file in the scenario format: plain data and a locator, or what stops it. */
export type YamlStage =
  | { readonly ok: false; readonly drafts: readonly Draft[] }
  | { readonly ok: true; readonly data: unknown; readonly where: Locator; readonly written: (path: readonly PathSegment[]) => string | undefined; readonly syntax: readonly Draft[] };

export function readYaml(source: string): YamlStage {
  resetSuggestionBudget();
  // Runaway nesting and a second document are refused before the (recursive) composer runs.
  const lineCounter = new LineCounter();
  const parsed = parseYaml(source, lineCounter);
  if ('problem' in parsed) return { ok: false, drafts: [parsed.problem] };
  const version = yamlVersionProblem(source, lineCounter);
  if (version) return { ok: false, drafts: [version] };
  const { doc } = parsed;
  addDuplicateKeyErrors(doc);
  const syntax = [
    ...doc.warnings.map((w) => yamlDraft(w, 'warning', lineCounter)),
    ...dutchThousands(doc, lineCounter),
    ...typographyWarnings(doc, lineCounter),
    ...controlCharacters(doc, lineCounter),
  ];
  const [firstError] = doc.errors;
  if (firstError) {
    // After one syntax error the parser's later complaints are mostly echoes of it: show the first only.
    const draft = yamlDraft(firstError, 'error', lineCounter);
    const context = explainFirstError(firstError, source.split(/\r?\n/), draft);
    const explained = context ? { line: context.line, column: context.column, ...context.report } : draft;
    return { ok: false, drafts: [withEchoes(explained, doc.errors.length - 1)] };
  }
  const hazards = yamlDocumentHazards(doc, lineCounter);
  if (hazards.length > 0) return { ok: false, drafts: [...syntax, ...hazards] };
  const where: Locator = (path, keyOf) => locate(doc, lineCounter, path, keyOf);
  let data: unknown;
  try {
    data = documentData(doc);
  } catch (error) {
    // Unresolved or runaway aliases only surface when the document is turned into data.
    return { ok: false, drafts: [aliasDraft(error, lineCounter)] };
  }
  const odd = unusualData(data);
  if (odd) return { ok: false, drafts: [{ ...where([]), ...odd }] };
  return { ok: true, data, where, written: (path) => writtenAt(doc, path), syntax };
}

/** YAML text → validated, compiled scenario, or every problem found, each located. */
export function loadScenario(source: string, file: string, options: LoadOptions = {}): LoadResult {
  const read = readYaml(source);
  if (!read.ok) return result(file, read.drafts);
  const { where, written, syntax } = read;
  const format = upgradeOnLoad(read.data, where, file);
  if (!format.ok) return result(file, [...syntax, ...format.drafts]);
  const { data } = format;
  const stated = typeof read.data === 'object' && read.data !== null ? (read.data as { format?: unknown }).format : undefined;
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) return result(file, [...syntax, ...format.drafts, ...zodIssuesToDrafts(parsed.error.issues, { data, schema: scenarioSchema, locate: where, written })]);
  const tariffs = resolveTariffs(parsed.data, options.tariffs, where);
  const durations = resolveDurations(tariffs.resolved, where);
  const payers = resolvePayers(durations.resolved, options.payers ?? {}, where);
  // 12.505 is one mistake, not two: SC029 already says both readings, so SC020 at the same place is dropped.
  const thousands = new Set(syntax.filter((d) => d.code === 'SC029').map((d) => `${d.line}:${d.column}`));
  const referenceDrafts = [
    ...tariffs.drafts,
    ...durations.drafts,
    ...payers.drafts,
    ...checkReferences(payers.checked, where),
    ...checkFormat3(payers.checked, where, stated),
    ...(options.sources ? checkQuotes(parsed.data, options.sources, where) : []),
    ...(options.documents ? checkCitedDocuments(parsed.data, options.documents, where) : []),
  ].filter((d) => d.code !== 'SC020' || !thousands.has(`${d.line}:${d.column}`));
  if (referenceDrafts.some((d) => d.severity === 'error')) return result(file, [...syntax, ...format.drafts, ...referenceDrafts]);
  const scenario = compile(payers.compiled);
  return result(file, [...syntax, ...format.drafts, ...referenceDrafts, ...checkGraph(scenario, where), ...checkRouteFollowing(scenario, where, stated)], scenario, durations.counted);
}
