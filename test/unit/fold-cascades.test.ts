import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { foldCascades } from '../../src/authoring/diagnostics/fold.ts';

const d = (line: number, code: string, message: string): Diagnostic => ({
  file: 'x.yaml',
  line,
  column: 5,
  severity: 'error',
  code,
  message,
  hint: 'h',
});

describe('a cascade of one cause is one message', () => {
  it('folds the same unknown name into its first place, with a count and the other lines, keeping the order', () => {
    const folded = foldCascades([
      d(3, 'SC014', "Onbekende toestand 'x'"),
      d(5, 'SC021', 'a'),
      d(9, 'SC014', "Onbekende toestand 'x'"),
      d(12, 'SC014', "Onbekende toestand 'x'"),
    ]);
    expect(folded.map((f) => `${f.line} ${f.code} ${f.message}`)).toEqual([
      "3 SC014 Onbekende toestand 'x' (en nog 2 keer: regels 9, 12)",
      '5 SC021 a',
    ]);
    expect(folded[0]!.foldedLines).toEqual([9, 12]);
  });

  it('keeps different names, and repeats of a code with a cause per place, apart', () => {
    const input = [
      d(3, 'SC014', "Onbekende toestand 'x'"),
      d(4, 'SC014', "Onbekende toestand 'y'"),
      d(5, 'SC021', 'a'),
      d(6, 'SC021', 'a'),
    ];
    expect(foldCascades(input)).toEqual(input);
  });

  it('counts past the listed lines', () => {
    const many = Array.from({ length: 12 }, (_, i) => d(i + 1, 'SC013', "Onbekende betaler 'p'"));
    expect(foldCascades(many)[0]!.message).toBe("Onbekende betaler 'p' (en nog 11 keer: regels 2, 3, 4, 5, 6, 7, 8, 9 en 3 andere)");
  });
});
