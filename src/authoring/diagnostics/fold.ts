import type { Diagnostic } from './diagnostic.ts';

/**
 * Codes whose message names one unknown thing (a moment, ending, payer, state, tariff, document or age). The same
 * message at ten places has one cause, fixed at one place (declare it, or correct the name): it is shown once.
 */
const ONE_CAUSE = new Set(['SC010', 'SC011', 'SC013', 'SC014', 'SC080', 'SC083', 'SC105']);

/** How many further lines a folded message lists before it only counts them. */
const LISTED_LINES = 8;

export interface FoldedDiagnostic extends Diagnostic {
  /** The lines of the repeats folded into this message, when there were any. */
  readonly foldedLines?: readonly number[];
}

function alsoAt(lines: readonly number[]): string {
  const shown = lines.slice(0, LISTED_LINES).join(', ');
  const more = lines.length > LISTED_LINES ? ` en ${lines.length - LISTED_LINES} andere` : '';
  return ` (en nog ${lines.length} keer: ${lines.length === 1 ? 'regel' : 'regels'} ${shown}${more})`;
}

/**
 * A cascade of the same message from one cause becomes its first occurrence, which counts and lists the rest.
 * Expects diagnostics sorted by line; keeps that order.
 */
export function foldCascades(diagnostics: readonly Diagnostic[]): FoldedDiagnostic[] {
  const first = new Map<string, number>();
  const repeats = new Map<number, number[]>();
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (!ONE_CAUSE.has(d.code)) {
      kept.push(d);
      continue;
    }
    const key = `${d.file}\u0000${d.code}\u0000${d.message}\u0000${d.hint ?? ''}`;
    const at = first.get(key);
    if (at === undefined) {
      first.set(key, kept.length);
      kept.push(d);
    } else {
      const lines = repeats.get(at) ?? [];
      lines.push(d.line);
      repeats.set(at, lines);
    }
  }
  return kept.map((d, i) => {
    const lines = repeats.get(i);
    return lines ? { ...d, message: `${d.message}${alsoAt(lines)}`, foldedLines: lines } : d;
  });
}
