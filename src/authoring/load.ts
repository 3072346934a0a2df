import type { Scenario } from '../domain/scenario/model.ts';
import type { PayerCatalogue } from './catalogues/payer-catalogue.ts';
import type { TariffCatalogue } from './catalogues/tariff-catalogue.ts';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.ts';
import { foldCascades } from './diagnostics/fold.ts';

// The stages in the order loadScenario runs them; each folder holds one.
import type { Draft } from './parse/draft.ts';
import { readYaml } from './parse/yaml-stage.ts';
import { upgradeOnLoad } from './format/upgrade-on-load.ts';
import { scenarioSchema } from './schema/schema.ts';
import { zodIssuesToDrafts } from './schema/zod-diagnostics.ts';
import { resolveTariffs } from './resolve/resolve-tariffs.ts';
import { resolveDurations, type CountedDuration } from './resolve/resolve-durations.ts';
import { resolvePayers } from './resolve/resolve-payers.ts';
import { checkReferences } from './check/check-references.ts';
import { checkFormat3 } from './check/check-format-3.ts';
import { checkQuotes, type SourceTexts } from './check/check-quotes.ts';
import { checkCitedDocuments, type SourceCatalogue } from './check/check-documents.ts';
import { compile } from './compile/compile.ts';
import { checkGraph } from './analyse/check-graph.ts';
import { checkRouteFollowing } from './analyse/check-route-following.ts';

export { formatDraft, readYaml, type YamlStage } from './parse/yaml-stage.ts';

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
  if (!parsed.success)
    return result(file, [
      ...syntax,
      ...format.drafts,
      ...zodIssuesToDrafts(parsed.error.issues, { data, schema: scenarioSchema, locate: where, written }),
    ]);
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
  return result(
    file,
    [...syntax, ...format.drafts, ...referenceDrafts, ...checkGraph(scenario, where), ...checkRouteFollowing(scenario, where, stated)],
    scenario,
    durations.counted,
  );
}
