import { LineCounter, parseDocument } from 'yaml';
import { checkGraph } from './check-graph.ts';
import { checkReferences } from './check-references.ts';
import { compile } from './compile.ts';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import type { Scenario } from './model.ts';
import { SCENARIO_FORMAT, scenarioSchema } from './schema.ts';
import { locate } from './yaml-locate.ts';
import { zodIssuesToDrafts, type Draft, type Locator } from './zod-diagnostics.ts';

export interface LoadResult {
  /** Present only when there are no errors: nothing is built from a broken file. */
  readonly scenario?: Scenario;
  readonly diagnostics: readonly Diagnostic[];
}

function result(file: string, drafts: readonly Draft[], scenario?: Scenario): LoadResult {
  const diagnostics = sortDiagnostics(drafts.map((d) => ({ file, ...d })));
  return hasErrors(diagnostics) || !scenario ? { diagnostics } : { scenario, diagnostics };
}

function formatDraft(data: unknown, where: Locator): Draft | undefined {
  const format = (data as { format?: unknown } | null)?.format;
  if (format === undefined || format === SCENARIO_FORMAT) return undefined;
  return {
    ...where(['format']),
    severity: 'error',
    code: 'SC009',
    message: `Formaatversie ${JSON.stringify(format)} wordt niet ondersteund (deze versie van het spel leest formaat ${SCENARIO_FORMAT})`,
    hint: `zet 'format: ${SCENARIO_FORMAT}' en pas het bestand aan, of gebruik een nieuwere versie van het spel`,
  };
}

/** YAML text → validated, compiled scenario, or every problem found, each located. */
export function loadScenario(source: string, file: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return result(
      file,
      doc.errors.map((e) => {
        const { line, col } = lineCounter.linePos(e.pos[0]);
        return { line, column: col, severity: 'error', code: 'SC001', message: `YAML-fout: ${e.message.split('\n')[0]}`, hint: 'controleer inspringing (spaties, geen tabs), dubbele punten en aanhalingstekens' };
      }),
    );
  }
  const where: Locator = (path, keyOf) => locate(doc, lineCounter, path, keyOf);
  const data: unknown = doc.toJS();
  const formatProblem = formatDraft(data, where);
  if (formatProblem) return result(file, [formatProblem]);
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) return result(file, zodIssuesToDrafts(parsed.error.issues, { data, schema: scenarioSchema, locate: where }));
  const referenceDrafts = checkReferences(parsed.data, where);
  if (referenceDrafts.some((d) => d.severity === 'error')) return result(file, referenceDrafts);
  const scenario = compile(parsed.data);
  return result(file, [...referenceDrafts, ...checkGraph(scenario, where)], scenario);
}
