import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/registry.ts';
import { loadScenarioBytes } from '../load-bytes.ts';
import type { PayerCatalogue } from '../payer-catalogue.ts';
import type { TariffCatalogue } from '../tariff-catalogue.ts';
import type { Scenario } from '../../domain/scenario/model.ts';
import { routeSummary, type RouteSummary } from '../report/route-summary.ts';
import { routeGraph } from '../report/route-graph.ts';
import type { RouteGraph } from '../../domain/report/route-graph.ts';

/** Larger than any casus a person writes; a bigger file is the wrong file, and parsing it would freeze the page. */
export const OWN_FILE_LIMIT = 1024 * 1024;

export interface OwnFileResult {
  readonly file: string;
  /** Present only when there are no errors. */
  readonly scenario?: Scenario;
  readonly diagnostics: readonly Diagnostic[];
  /** The decoded text, so a view can show the offending line under each message; empty when unreadable. */
  readonly source: string;
  /**
   * The route map of `check:scenarios --report` (the story as a graph, routes, endings, ranges), when there is a
   * scenario. The graph is drawn where it is shown (src/ui/route-map), so the layout library loads only then.
   */
  readonly routeMap?: { readonly graph: RouteGraph; readonly summary: RouteSummary };
}

export const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(bytes / 1024)} kB`);

/** The answer for a file over the limit, given from its size alone (a `File.size`), before a byte is read. */
export function tooLarge(file: string, bytes: number): { file: string; source: ''; diagnostics: Diagnostic[] } {
  return { file, source: '', diagnostics: [{ file, line: 1, column: 1, ...report('SC051', 'tooLarge', { size: size(bytes), limit: size(OWN_FILE_LIMIT) }) }] };
}

/**
 * A casus file a trainer opens in the browser, checked with the same loader and messages as `check:scenarios`
 * (quotes are not checked: the source texts do not ship with the game). Pure: bytes in, result out.
 */
export function checkOwnFile(bytes: Uint8Array, file: string, payers: PayerCatalogue, tariffs?: TariffCatalogue): OwnFileResult {
  if (bytes.length > OWN_FILE_LIMIT) return tooLarge(file, bytes.length);
  const { source, counted, ...result } = loadScenarioBytes(bytes, file, { payers, ...(tariffs ? { tariffs } : {}) });
  if (!result.scenario) return { file, source, ...result };
  const summary = routeSummary(result.scenario, counted);
  return { file, source, ...result, routeMap: { graph: routeGraph(result.scenario, summary.perEnding, source), summary } };
}
