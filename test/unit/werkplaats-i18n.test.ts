import { describe, expect, it } from 'vitest';
import { catalogKeys } from '../../src/i18n/index.ts';
import { tw, werkplaatsCatalogKeys } from '../../src/i18n/werkplaats/index.ts';

describe('werkplaats interface text', () => {
  it('has every Dutch key in English with the same placeholders, and no key of the main catalogue', () => {
    expect([...werkplaatsCatalogKeys.en].sort()).toEqual([...werkplaatsCatalogKeys.nl].sort());
    expect(werkplaatsCatalogKeys.nl.filter((key) => catalogKeys.nl.includes(key))).toEqual([]);
    for (const key of werkplaatsCatalogKeys.nl as Parameters<typeof tw>[1][]) {
      const placeholders = (lang: 'nl' | 'en') => [...tw(lang, key).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders('en'), key).toEqual(placeholders('nl'));
    }
  });

  it('says how to leave the editor with the keyboard, in both languages', () => {
    expect(tw('nl', 'keys')).toContain('Escape en daarna Tab');
    expect(tw('en', 'keys')).toContain('Escape, then Tab');
  });
});
