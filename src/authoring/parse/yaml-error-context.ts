import type { YAMLError } from 'yaml';
import { report, type Report } from '../diagnostics/registry.ts';

/**
 * The parser names what it could not read, not why. Two causes trainers meet most look alike to it:
 * Word's curly quotes around a text with a colon (to YAML they are letters, so the colon still splits the
 * line), and a line indented one space too few or too many. Both are recognised from the lines around the
 * error, so the message names the real cause instead of a missing character.
 */
const CURLY = /[“”„‘’‚]/;
const CONFUSED_CODES = new Set(['MISSING_CHAR', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'BAD_INDENT', 'UNEXPECTED_TOKEN']);

const isContent = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');
const indentOf = (line: string) => line.length - line.trimStart().length;

/** Where the content of a line starts: after '- ' for a list item. */
const contentIndent = (line: string) => indentOf(line) + (/^\s*- /.test(line) ? 2 : 0);

export interface ContextReport {
  readonly line: number;
  readonly column: number;
  readonly report: Report;
}

/** A line indented exactly one space away from the line above it, at or just after the error. */
function offByOne(lines: readonly string[], errorLine: number): ContextReport | undefined {
  for (const lineNo of [errorLine, errorLine + 1]) {
    const line = lines[lineNo - 1];
    if (line === undefined || !isContent(line)) continue;
    let prev = lineNo - 2;
    while (prev >= 0 && !isContent(lines[prev]!)) prev--;
    if (prev < 0) continue;
    const above = lines[prev]!;
    const own = indentOf(line);
    const candidates = [indentOf(above), contentIndent(above)];
    const expected = candidates.find((c) => Math.abs(c - own) === 1);
    if (expected === undefined || candidates.includes(own)) continue;
    const variant = own < expected ? 'oneSpaceLess' : 'oneSpaceMore';
    return { line: lineNo, column: 1, report: report('SC001', variant, { line: prev + 1, expected }) };
  }
  return undefined;
}

export function explainFirstError(
  problem: YAMLError,
  lines: readonly string[],
  at: { line: number; column: number },
): ContextReport | undefined {
  if (!CONFUSED_CODES.has(problem.code)) return undefined;
  const line = lines[at.line - 1] ?? '';
  const curly = CURLY.exec(line);
  if (curly && line.indexOf(':', curly.index) > 0) {
    return { line: at.line, column: curly.index + 1, report: report('SC001', 'curlyQuotes', { quote: curly[0] }) };
  }
  return offByOne(lines, at.line);
}
