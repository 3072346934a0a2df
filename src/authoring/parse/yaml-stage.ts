import { isScalar, LineCounter, type YAMLError, type YAMLWarning } from 'yaml';
import { resetSuggestionBudget } from '../diagnostics/did-you-mean.ts';
import { report, type Report } from '../diagnostics/registry.ts';
import { CATALOGUE_FORMAT, GAME_VERSION, readableFormats } from '../format/versions.ts';
import { roundedEuros } from '../diagnostics/rounded-euros.ts';
import { locate, writtenAt, type PathSegment } from './yaml-locate.ts';
import { explainFirstError } from './yaml-error-context.ts';
import { withEchoes, yamlReport } from './yaml-messages.ts';
import { yamlDocumentHazards } from './yaml-hazards.ts';
import { typographyVisitor } from './yaml-typography.ts';
import { controlVisitor, yamlVersionProblem } from './yaml-text-controls.ts';
import { visitTogether, type PairScalarVisitor } from './yaml-walk.ts';
import { parseYaml } from './yaml-stream-scan.ts';
import { AliasProblem, documentData, MAX_ALIAS_USES } from './yaml-data.ts';
import { addDuplicateKeyErrors } from './yaml-unique-keys.ts';
import type { Draft, Locator } from './draft.ts';

// The syntax stage every file in the scenario format goes through (a casus and each shared file): its own
// module, so the shared catalogues need not import the casus loader (which imports them).

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
function thousandsVisitor(lineCounter: LineCounter, drafts: Draft[]): PairScalarVisitor {
  return {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'amount' || !isScalar(pair.value)) return;
      const written = pair.value.source ?? '';
      // 0.005 is a fraction of a cent to anyone (SC020), not a thousands dot.
      if (!/^[1-9]\d{0,2}(\.\d{3})+$/.test(written)) return;
      const { line, col } = lineCounter.linePos(pair.value.range?.[0] ?? 0);
      drafts.push({
        line,
        column: col,
        ...report('SC029', 'thousandsDot', {
          written,
          intended: written.replace(/\./g, ''),
          parsed: Number(written),
          parsedNl: String(Number(written)).replace('.', ','),
          rounded: roundedEuros(Number(written)),
        }),
      });
    },
  };
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
  return {
    ...where(['format']),
    ...(newer
      ? report('SC009', 'newer', { found: format, ...versions })
      : report('SC009', 'unsupported', { found: JSON.stringify(format), ...versions })),
  };
}

/** The syntax stage, shared by every file in the scenario format: plain data and a locator, or what stops it. */
export type YamlStage =
  | { readonly ok: false; readonly drafts: readonly Draft[] }
  | {
      readonly ok: true;
      readonly data: unknown;
      readonly where: Locator;
      readonly written: (path: readonly PathSegment[]) => string | undefined;
      readonly syntax: readonly Draft[];
    };

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
  const thousands: Draft[] = [];
  const typography: Draft[] = [];
  const controls: Draft[] = [];
  visitTogether(doc, [
    thousandsVisitor(lineCounter, thousands),
    typographyVisitor(lineCounter, typography),
    controlVisitor(lineCounter, controls),
  ]);
  const syntax = [...doc.warnings.map((w) => yamlDraft(w, 'warning', lineCounter)), ...thousands, ...typography, ...controls];
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
