import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/registry.ts';
import { checkScenarioFilesIn, type SharedInputs } from '../compilation/compilation-job.ts';
import { memoryFilePort } from '../compilation/file-port.ts';
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

export const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(bytes / 1024)} kB`;

/** The answer for a file over the limit, given from its size alone (a `File.size`), before a byte is read. */
export function tooLarge(file: string, bytes: number): { file: string; source: ''; diagnostics: Diagnostic[] } {
  return {
    file,
    source: '',
    diagnostics: [{ file, line: 1, column: 1, ...report('SC051', 'tooLarge', { size: size(bytes), limit: size(OWN_FILE_LIMIT) }) }],
  };
}

/**
 * A casus file a trainer opens in the browser, checked by the same code and against the same shared files as
 * `check:scenarios` checks a file outside any library (compilation-job.ts, here with the file in memory), quotes
 * included when the source texts are given (the game ships them: bundled-source-texts.ts). Pure: bytes in, result out.
 */
export function checkOwnFile(bytes: Uint8Array, file: string, inputs: SharedInputs, withRouteMap = true): OwnFileResult {
  if (bytes.length > OWN_FILE_LIMIT) return tooLarge(file, bytes.length);
  const [checked] = checkScenarioFilesIn(memoryFilePort(new Map([[file, bytes]])), [file], inputs);
  const { scenario, diagnostics, counted, source } = checked!;
  // The werkplaats checks on every pause in typing and asks for the route map only while it is shown.
  if (!scenario || !withRouteMap) return { file, source, diagnostics, ...(scenario ? { scenario } : {}) };
  const summary = routeSummary(scenario, counted ?? []);
  return { file, source, scenario, diagnostics, routeMap: { graph: routeGraph(scenario, summary.perEnding, source), summary } };
}
