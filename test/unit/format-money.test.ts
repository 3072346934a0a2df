import { describe, expect, it } from 'vitest';
import { formatMoney, formatWholeMoney } from '../../src/i18n/intl.ts';

describe('money on screen', () => {
  it.each(['nl', 'en'] as const)('never lets "€" and its amount break apart (%s)', (lang) => {
    for (const cents of [0, 1250, -125_000, 12_345_678]) {
      for (const text of [formatMoney(cents, lang), formatWholeMoney(cents, lang)]) {
        expect(text).toContain('€');
        expect(text).not.toMatch(/[ \t\u2009\u202f]/);
      }
    }
  });

  it('reads as Dutch and English amounts', () => {
    expect(formatMoney(125_000, 'nl')).toBe('€\u00a01.250,00');
    expect(formatMoney(125_000, 'en')).toBe('€1,250.00');
    expect(formatWholeMoney(3_075_000, 'nl')).toBe('€\u00a030.750');
  });
});
