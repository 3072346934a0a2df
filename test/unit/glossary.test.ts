import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import data from '../../src/i18n/glossary/glossary.json';
import { glossary, glossaryFor, termFinder } from '../../src/i18n/glossary/index.ts';

const side = z.strictObject({ term: z.string().min(2), forms: z.array(z.string().min(2)).min(1), text: z.string().min(40) });
const file = z.strictObject({ terms: z.array(z.strictObject({ id: z.string().regex(/^[a-z][a-z0-9-]*$/), nl: side, en: side })).min(1) });

/** The words the issue names: each must be explained where it appears. */
const REQUIRED = [
  'wmo',
  'jeugdwet',
  'participatiewet',
  'leenbijstand',
  'bijzondere-bijstand',
  'duo',
  'verlengde-jeugdhulp',
  'systeemroute',
  'kostendelersnorm',
  'bewindvoering',
  'budgetbeheer',
  'cjib',
  'maatwerk',
  'kassabon',
  'waardendriehoek',
];

describe('glossary', () => {
  it('gives every term a Dutch and an English side, with spellings and an explanation', () => {
    expect(file.safeParse(data).error).toBeUndefined();
  });

  it('has each id once and covers the terms the game uses', () => {
    const ids = glossary.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(REQUIRED.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it.each(['nl', 'en'] as const)('finds every spelling of every term, as a whole word, in running text (%s)', (lang) => {
    const finder = termFinder(lang);
    for (const entry of glossary) {
      for (const form of entry[lang].forms) {
        const found = finder.find(`Hier staat ${form}, midden in een zin.`);
        expect(found, `${entry.id}: ${form}`).toEqual([{ index: 11, length: form.length, id: entry.id }]);
      }
    }
  });

  it('takes the longest spelling and never a part of a longer word', () => {
    const finder = termFinder('nl');
    expect(finder.find('Bijzondere bijstand is geen bijstandsnorm.').map((f) => f.id)).toEqual(['bijzondere-bijstand']);
    expect(finder.find('Leenbijstand, dan bijstand.').map((f) => f.id)).toEqual(['leenbijstand', 'bijstand']);
    expect(finder.find('De Wmo-consulent en de WMO.')).toEqual([]);
    expect(finder.find('Volgens de Wmo 2015 betaalt de gemeente.')).toEqual([{ index: 11, length: 8, id: 'wmo' }]);
  });

  it('marks Dutch words on English screens too, and explains them in English', () => {
    expect(
      termFinder('en')
        .find('Paid under the Wmo.')
        .map((f) => f.id),
    ).toEqual(['wmo']);
    expect(glossaryFor('en').find((entry) => entry.id === 'wmo')?.text).toMatch(/Social Support Act/);
  });

  it('lists the glossary alphabetically in each language', () => {
    for (const lang of ['nl', 'en'] as const) {
      const terms = glossaryFor(lang).map((entry) => entry.term.toLowerCase());
      expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, lang)));
    }
  });
});
