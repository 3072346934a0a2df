import { visibleLine } from './visible.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  /** Stable code, e.g. SC010; listed in docs/diagnostics.md. */
  readonly code: string;
  /** Dutch, says what is wrong. */
  readonly message: string;
  /** Dutch, says how to fix it. */
  readonly hint?: string;
}

/** One line for people: file, place, weight, code, message and hint, with every control character written out. */
export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` — ${d.hint}` : '';
  return visibleLine(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}${hint}`);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}
