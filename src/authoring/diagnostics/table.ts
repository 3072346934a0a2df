import type { Severity } from './diagnostic.ts';
import { DIAGNOSTICS, type DiagnosticDescriptor } from './registry.ts';

/** The file that lists every message; its table stands between the markers below. */
export const DIAGNOSTICS_DOC = 'docs/diagnostics.md';

/** The table of messages stands between these markers and is generated, never edited by hand. */
export const TABLE_START = '<!-- diagnostics:start -->';
export const TABLE_END = '<!-- diagnostics:end -->';

/** One line of Markdown that shows the text as written: `<moment>` is not an HTML tag, `|` no column break. */
const cell = (text: string) =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\|*]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;');

/** "error", or "error / warning" where one variant weighs differently (SC023). */
function severities(descriptor: DiagnosticDescriptor): string {
  const all = new Set<Severity>([descriptor.severity, ...Object.values(descriptor.messages).map((m) => m.severity ?? descriptor.severity)]);
  return [...all].join(' / ');
}

/** A Markdown table of every code in the registry, in registry order. */
export function diagnosticsTable(): string {
  const rows = Object.entries(DIAGNOSTICS as Record<string, DiagnosticDescriptor>).map(
    ([code, d]) => `| ${code} | ${severities(d)} | ${cell(d.title)} | ${cell(d.fix)} |`,
  );
  return ['| code | severity | title | what to do |', '|---|---|---|---|', ...rows].join('\n');
}

function markers(readme: string): { start: number; end: number } {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README has no ${TABLE_START} … ${TABLE_END} block`);
  return { start: start + TABLE_START.length, end };
}

/** The table as it stands in the README between the markers. */
export function tableInReadme(readme: string): string {
  const { start, end } = markers(readme);
  return readme.slice(start, end).trim();
}

/** The README with `table` between the markers (blank lines around it, so Markdown sees a table). */
export function withTable(readme: string, table: string): string {
  const { start, end } = markers(readme);
  return `${readme.slice(0, start)}\n\n${table}\n\n${readme.slice(end)}`;
}
