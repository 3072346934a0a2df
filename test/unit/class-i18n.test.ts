import { describe, expect, it } from 'vitest';
import { debriefCatalogKeys } from '../../src/i18n/debrief/index.ts';
import { catalogKeys } from '../../src/i18n/index.ts';
import { classCatalogKeys, tk } from '../../src/i18n/klas/index.ts';

describe('class mode interface text', () => {
  it('has every Dutch key in English, and no key of another catalogue', () => {
    expect([...classCatalogKeys.en].sort()).toEqual([...classCatalogKeys.nl].sort());
    expect(classCatalogKeys.nl.filter((key) => catalogKeys.nl.includes(key) || debriefCatalogKeys.nl.includes(key))).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(tk('nl', 'tally.invalid', { max: 9999 })).toContain('0 tot en met 9999');
    expect(tk('en', 'timer.minutes', { n: 3 })).toBe('3 min');
  });
});
