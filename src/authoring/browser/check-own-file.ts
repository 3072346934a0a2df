import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/registry.ts';
import { loadScenarioBytes } from '../load-bytes.ts';
import type { PayerCatalogue } from '../payer-catalogue.ts';
import type { SourceTexts } from '../check-quotes.ts';
import type { TariffCatalogue } from '../tariff-catalogue.ts';
import type { Scenario } from '../../domain/scenario/model.ts';
import { routeSummary, type RouteSummary } from '../report/route-summary.ts';
import { storyGraphSvg } from '../report/story-graph-svg.ts';

/** Larger than any casus a person writes; a bigger file is the wrong file, and parsing it would freeze the page. */
export const OWN_FILE_LIMIT = 1024 * 1024;

export interface OwnFileResult {
  readonly file: string;
  /** Present only when there are no errors. */
  readonly scenario?: Scenario;
  readonly diagnostics: readonly Diagnostic[];
  /** The decoded text, so a view can show the offending line under each message; empty when unreadable. */
  readonly source: string;
  /** The route map of `check:scenarios --report` (story drawn, routes, endings, ranges), when there is a scenario. */
  readonly routeMap?: { readonly svg: string; readonly summary: RouteSummary };
}

export const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(bytes / 1024)} kB`);

/** The answer for a file over the limit, given from its size alone (a `File.size`), before a byte is read. */
export function tooLarge(file: string, bytes: number): { file: string; source: ''; diagnostics: Diagnostic[] } {
  return { file, source: '', diagnostics: [{ file, line: 1, column: 1, ...report('SC051', 'tooLarge', { size: size(bytes), limit: size(OWN_FILE_LIMIT) }) }] };
}

/**
 * A casus file a trainer opens in the browser, checked with the same loader and messages as `check:scenarios`,
 * quotes included when the source texts are given (the game ships them: bundled-source-texts.ts). Pure: bytes in, result out.
 */
export function checkOwnFile(bytes: Uint8Array, file: string, payers: PayerCatalogue, tariffs?: TariffCatalogue, sources?: SourceTexts, withRouteMap = true): OwnFileResult {
  if (bytes.length > OWN_FILE_LIMIT) return tooLarge(file, bytes.length);
  const { source, counted, ...result } = loadScenarioBytes(bytes, file, { payers, ...(tariffs ? { tariffs } : {}), ...(sources ? { sources } : {}) });
  // The werkplaats checks on every pause in typing and asks for the route map only while it is shown.
  if (!result.scenario || !withRouteMap) return { file, source, ...result };
  return { file, source, ...result, routeMap: { svg: storyGraphSvg(result.scenario), summary: routeSummary(result.scenario, counted) } };
}
