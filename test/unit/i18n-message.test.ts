import { describe, expect, it } from 'vitest';
import { makeCatalogue, type Count, type None, type Value } from '../../src/i18n/catalogue.ts';
import { td } from '../../src/i18n/debrief/index.ts';
import { t } from '../../src/i18n/index.ts';
import { formatCompactMoney, formatList, formatPercent, formatTime, formatWholeNumber } from '../../src/i18n/intl.ts';
import { LANGS, LANGUAGES, localeOf } from '../../src/i18n/languages.ts';
import { formatMessage, MessageSyntaxError, parseMessage, placeholdersOf } from '../../src/i18n/message.ts';
import { tr } from '../../src/i18n/overzicht/index.ts';
import { tw } from '../../src/i18n/werkplaats/index.ts';

const say = (text: string, values: Record<string, string | number>, lang: 'nl' | 'en' = 'nl') =>
  formatMessage(parseMessage(text), values, lang);

describe('the message syntax', () => {
  it('fills {name} placeholders and leaves one without a value as written', () => {
    expect(say('Maand {month} van {total}', { month: 6, total: 24 })).toBe('Maand 6 van 24');
    expect(say('Maand {month} van {total}', { month: 6 })).toBe('Maand 6 van {total}');
    expect(say('Geen {placeholders}, wel } en { losse haken', {})).toBe('Geen {placeholders}, wel } en { losse haken');
  });

  it('chooses a plural form by the language’s rules, with # as the count and placeholders inside a form', () => {
    const text = '{count, plural, one {# fout in {file}} other {# fouten in {file}}}';
    expect([0, 1, 2, 21].map((count) => say(text, { count, file: 'a.yaml' }))).toEqual([
      '0 fouten in a.yaml',
      '1 fout in a.yaml',
      '2 fouten in a.yaml',
      '21 fouten in a.yaml',
    ]);
    expect(say('{n, plural, =0 {geen} one {één} other {#}} en {m, plural, one {# ding} other {# dingen}}', { n: 0, m: 1 })).toBe(
      'geen en 1 ding',
    );
  });

  it('names each placeholder and whether it is a plural count', () => {
    const parts = parseMessage('{file}: {count, plural, one {# fout ({kind})} other {# fouten}}');
    expect([...placeholdersOf(parts)]).toEqual([
      ['file', 'value'],
      ['count', 'count'],
      ['kind', 'value'],
    ]);
  });

  it('refuses a plural without an "other" form, with an unclosed form or an unknown form', () => {
    expect(() => parseMessage('{n, plural, one {# fout}}')).toThrow(MessageSyntaxError);
    expect(() => parseMessage('{n, plural, one {# fout} other {# fouten}')).toThrow(/not closed|expects a form/);
    expect(() => parseMessage('{n, plural, een {# fout} other {# fouten}}')).toThrow(/expects a form/);
  });
});

describe('a catalogue made by makeCatalogue', () => {
  type Placeholders = { hello: { readonly name: Value }; bare: None; errors: { readonly count: Count } };
  const texts = {
    nl: { hello: 'Hallo {name}', bare: 'Kaal', errors: '{count, plural, one {# fout} other {# fouten}}' },
    en: { hello: 'Hello {name}', bare: 'Bare', errors: '{count, plural, one {# error} other {# errors}}' },
  };
  const { t: say, keys } = makeCatalogue<Placeholders>(texts);

  it('fills texts per language and lists each language’s keys', () => {
    expect(say('nl', 'hello', { name: 'Mila' })).toBe('Hallo Mila');
    expect(say('en', 'bare')).toBe('Bare');
    expect(say('en', 'errors', { count: 1 })).toBe('1 error');
    expect(say('en', 'errors', { count: 3 })).toBe('3 errors');
    expect(keys).toEqual({ nl: ['hello', 'bare', 'errors'], en: ['hello', 'bare', 'errors'] });
  });

  it('falls back to the Dutch text when a language misses one', () => {
    const partial = makeCatalogue<Placeholders>({ nl: texts.nl, en: { ...texts.en, bare: undefined as unknown as string } });
    expect(partial.t('en', 'bare')).toBe('Kaal');
  });

  it('types keys and placeholders (checked by npm run typecheck, which includes this file)', () => {
    // @ts-expect-error an unknown key
    expect(say('nl', 'goodbye')).toBe('goodbye');
    // @ts-expect-error a missing placeholder object
    expect(say('nl', 'hello')).toBe('Hallo {name}');
    // @ts-expect-error a misspelt placeholder
    expect(say('nl', 'hello', { nmae: 'Mila' })).toBe('Hallo {name}');
    // @ts-expect-error an extra placeholder
    expect(say('nl', 'hello', { name: 'Mila', age: 3 })).toBe('Hallo Mila');
    // @ts-expect-error a placeholder for a text without any
    expect(say('nl', 'bare', { name: 'Mila' })).toBe('Kaal');
    // @ts-expect-error a plural's count must be a number
    expect(say('nl', 'errors', { count: 'twee' })).toBe('twee fouten');
    // The real catalogues are typed the same way, from their generated placeholders.ts.
    // @ts-expect-error 'session.month' takes {month}
    expect(t('nl', 'session.month', { months: 6 })).toBe('Maand {month}');
  });
});

describe('the app’s plurals and lists', () => {
  it('counts errors and messages in the werkplaats', () => {
    expect(tw('nl', 'errors', { errors: 1, warnings: 1 })).toBe('1 fout, 1 andere melding.');
    expect(tw('nl', 'errors', { errors: 2, warnings: 0 })).toBe('2 fouten, 0 andere meldingen.');
    expect(tw('en', 'errors', { errors: 1, warnings: 3 })).toBe('1 error, 3 other messages.');
    expect(tw('en', 'clean', { title: 'Twee zonen', warnings: 1 })).toBe('No errors: Twee zonen can be played (1 other message).');
  });

  it('counts results, files, households and payers', () => {
    expect(tr('nl', 'status.summary', { loaded: 1, skipped: 2 })).toBe('1 resultaat geladen, 2 bestanden overgeslagen.');
    expect(tr('en', 'status.summary', { loaded: 3, skipped: 1 })).toBe('3 results loaded, 1 file skipped.');
    expect(tr('nl', 'casus.count', { n: 1 })).toBe('1 resultaat');
    expect(tr('nl', 'scale.group', { n: 1, words: 'x' })).toBe('De groep zoals gespeeld (1 huishouden): x.');
    expect(tr('en', 'scale.group', { n: 3, words: 'x' })).toBe('The group as played (3 households together): x.');
    expect(td('nl', 'scale.households', { n: 1 })).toBe('1 huishouden');
    expect(td('nl', 'scale.households', { n: 30 })).toBe('30 vergelijkbare huishoudens');
    expect(td('en', 'scale.households', { n: 1 })).toBe('1 household');
    expect(td('en', 'lesson.pocket.others', { count: 1 })).toBe('Money moves for 1 more payer: see ‘Who pays, who saves’.');
    expect(td('nl', 'lesson.pocket.others', { count: 2 })).toBe('Bij nog 2 betalers verschuift er geld: zie ‘Wie betaalt, wie bespaart’.');
    expect(t('nl', 'own.errors', { file: 'a.yaml', count: 1 })).toMatch(/^a\.yaml bevat 1 fout\. /);
    expect(t('en', 'tariffs.ok', { file: 'a.yaml', title: 'T', count: 1 })).toBe('a.yaml is fine: ‘T’, 1 tariff. The receipt now uses it.');
  });

  it('joins lists as each language does', () => {
    expect(LANGS.map((lang) => formatList(['a'], lang))).toEqual(['a', 'a']);
    expect(formatList(['a', 'b'], 'nl')).toBe('a en b');
    expect(formatList(['a', 'b', 'c'], 'nl')).toBe('a, b en c');
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(formatList([], 'en')).toBe('');
  });
});

describe('languages and formatters', () => {
  it('defines each language once, with its locale', () => {
    expect(Object.keys(LANGUAGES)).toEqual([...LANGS]);
    expect(LANGS.map(localeOf)).toEqual(['nl-NL', 'en-GB']);
  });

  it('formats as the formatters the screens made themselves did', () => {
    for (const lang of LANGS) {
      const locale = localeOf(lang);
      expect(formatPercent(0.425, lang)).toBe(new Intl.NumberFormat(locale, { style: 'percent' }).format(0.425));
      const compact = { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 } as const;
      expect(formatCompactMoney(12_345, lang)).toBe(new Intl.NumberFormat(locale, compact).format(12_345));
      const at = new Date(2026, 11, 6, 18, 5, 9);
      expect(formatTime(at, lang)).toBe(
        new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(at),
      );
    }
    expect(formatWholeNumber(30_750.4, 'nl')).toBe('30.750');
    expect(formatWholeNumber(30_750.4, 'en')).toBe('30,750');
  });
});
