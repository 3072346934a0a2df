import type { Diagnostic } from './diagnostic.ts';
import { visibleLine } from './visible.ts';

/** Messages shown per file: a file that breaks a rule everywhere gets its first hundred, then their count. */
export const MESSAGES_PER_FILE = 100;

export interface Capped {
  /** Each file's first MESSAGES_PER_FILE diagnostics, in their order. */
  readonly shown: readonly Diagnostic[];
  /** Per file, how many more there were. */
  readonly hidden: ReadonlyMap<string, number>;
}

/** The diagnostics as people read them: at most MESSAGES_PER_FILE per file, the rest counted. */
export function capPerFile(diagnostics: readonly Diagnostic[], limit = MESSAGES_PER_FILE): Capped {
  const seen = new Map<string, number>();
  const hidden = new Map<string, number>();
  const shown: Diagnostic[] = [];
  for (const d of diagnostics) {
    const count = (seen.get(d.file) ?? 0) + 1;
    seen.set(d.file, count);
    if (count <= limit) shown.push(d);
    else hidden.set(d.file, (hidden.get(d.file) ?? 0) + 1);
  }
  return { shown, hidden };
}

/** The one line that stands for the messages left out (Dutch, as every message of the checker). */
export const hiddenLine = (file: string, count: number): string =>
  `${file}: … en nog ${count} ${count === 1 ? 'melding' : 'meldingen'} (los eerst de bovenstaande op; --json geeft ze allemaal)`;

/** The lines to print: each file's first messages, and after them one line counting the rest. */
export function cappedLines(diagnostics: readonly Diagnostic[], format: (d: Diagnostic) => string, limit = MESSAGES_PER_FILE): string[] {
  const { shown, hidden } = capPerFile(diagnostics, limit);
  const lines = shown.map(format);
  const last = new Map<string, number>();
  shown.forEach((d, i) => last.set(d.file, i));
  // From the end, so earlier insertions do not move the later places.
  const places = [...hidden].map(([file, count]) => ({
    at: (last.get(file) ?? lines.length - 1) + 1,
    line: hiddenLine(visibleLine(file), count),
  }));
  for (const { at, line } of places.sort((a, b) => b.at - a.at)) lines.splice(at, 0, line);
  return lines;
}
