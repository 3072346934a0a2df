import { isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError, type YAMLWarning } from 'yaml';
import { checkGraph } from './check-graph.ts';
import { checkQuotes, type SourceTexts } from './check-quotes.ts';
import { checkReferences } from './check-references.ts';
import { compile } from './compile.ts';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.ts';
import type { Scenario } from '../domain/scenario/model.ts';
import { SCENARIO_FORMAT, scenarioSchema } from './schema.ts';
import { documentData } from './yaml-data.ts';
import { addDuplicateKeyErrors } from './yaml-unique-keys.ts';
import { locate } from './yaml-locate.ts';
import { yamlMessage } from './yaml-messages.ts';
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

function yamlDraft(problem: YAMLError | YAMLWarning, severity: 'error' | 'warning', lineCounter: LineCounter): Draft {
  const { line, col } = lineCounter.linePos(problem.pos[0]);
  return { line, column: col, severity, code: 'SC001', ...yamlMessage(problem) };
}

function aliasDraft(doc: Document, lineCounter: LineCounter): Draft {
  let offset = 0;
  let name = '';
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      offset = node.range?.[0] ?? 0;
      name = node.source;
      return visit.BREAK;
    },
  });
  const { line, col } = lineCounter.linePos(offset);
  const message = name ? `Verwijzing '*${name}' naar een onbekend anker` : 'Te veel of oneindige verwijzingen (*naam) in dit bestand';
  return { line, column: col, severity: 'error', code: 'SC001', message, hint: 'definieer eerst het anker met &naam, of schrijf de waarde uit' };
}

/** `6.500` is 6.5 to YAML but € 6.500 to a Dutch reader: refuse amounts written with a thousands dot. */
function dutchThousands(doc: Document, lineCounter: LineCounter): Draft[] {
  const drafts: Draft[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'amount' || !isScalar(pair.value)) return;
      const written = pair.value.source ?? '';
      if (!/^\d{1,3}(\.\d{3})+$/.test(written)) return;
      const { line, col } = lineCounter.linePos(pair.value.range?.[0] ?? 0);
      drafts.push({ line, column: col, severity: 'error', code: 'SC029', message: `Bedrag ${written} leest als ${written.replace(/\./g, '')} euro in Nederlandse notatie, maar als ${Number(written)} voor de computer`, hint: `schrijf ${written.replace(/\./g, '')} (zonder punt voor duizendtallen); decimalen met een punt: 12.50` });
    },
  });
  return drafts;
}

/** Where an alias stands inside the very node its anchor names. */
function selfReference(doc: Document, lineCounter: LineCounter): { line: number; column: number } | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      const target = node.resolve(doc);
      const at = node.range?.[0];
      if (target?.range && at !== undefined && target.range[0] <= at && at < target.range[2]) {
        offset = at;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * Scenario data is plain text, numbers, yes/no, lists and keys. YAML can also express self-referring anchors
 * and binary or date values; none belongs in a casus, and each would confuse the checks after this one.
 */
function unusualData(data: unknown): { message: string; hint: string } | undefined {
  const seen = new Set<unknown>();
  const walk = (value: unknown): { message: string; hint: string } | undefined => {
    if (value === null || typeof value !== 'object') return undefined;
    if (seen.has(value)) return { message: 'Een anker (&naam) verwijst naar zichzelf', hint: 'schrijf de waarde uit in plaats van *naam te gebruiken binnen het eigen anker' };
    const prototype = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) {
      return { message: 'Een waarde die geen tekst, getal, ja/nee, lijst of object is (bijvoorbeeld !!binary of een datum)', hint: 'laat tags als !!binary weg en zet datums tussen aanhalingstekens' };
    }
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
export interface LoadOptions {
  /** When given, every cited quote is checked against these source texts. */
  readonly sources?: SourceTexts;
}

export function loadScenario(source: string, file: string, options: LoadOptions = {}): LoadResult {
  const lineCounter = new LineCounter();
  // Duplicate keys are checked by addDuplicateKeyErrors: the package's own check is quadratic per map.
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
  addDuplicateKeyErrors(doc);
  const syntax = [...doc.warnings.map((w) => yamlDraft(w, 'warning', lineCounter)), ...dutchThousands(doc, lineCounter)];
  const [firstError] = doc.errors;
  if (firstError) {
    // After one syntax error the parser's later complaints are mostly echoes of it: show the first only.
    const first = yamlDraft(firstError, 'error', lineCounter);
    const more = doc.errors.length - 1;
    const echo = more > 0 ? ` (daarna volgen nog ${more} meldingen die hier vaak uit voortkomen: los deze eerst op en controleer opnieuw)` : '';
    return result(file, [{ ...first, hint: `${first.hint}${echo}` }]);
  }
  const where: Locator = (path, keyOf) => locate(doc, lineCounter, path, keyOf);
  let data: unknown;
  try {
    data = documentData(doc);
  } catch {
    // Unresolved or runaway aliases only surface when the document is turned into data.
    return result(file, [aliasDraft(doc, lineCounter)]);
  }
  const odd = unusualData(data);
  if (odd) return result(file, [{ ...(selfReference(doc, lineCounter) ?? where([])), severity: 'error', code: 'SC001', ...odd }]);
  const formatProblem = formatDraft(data, where);
  if (formatProblem) return result(file, [...syntax, formatProblem]);
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) return result(file, [...syntax, ...zodIssuesToDrafts(parsed.error.issues, { data, schema: scenarioSchema, locate: where })]);
  const referenceDrafts = [...checkReferences(parsed.data, where), ...(options.sources ? checkQuotes(parsed.data, options.sources, where) : [])];
  if (referenceDrafts.some((d) => d.severity === 'error')) return result(file, [...syntax, ...referenceDrafts]);
  const scenario = compile(parsed.data);
  return result(file, [...syntax, ...referenceDrafts, ...checkGraph(scenario, where)], scenario);
}
