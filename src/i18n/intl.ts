import type { Lang } from '../domain/scenario/text.ts';
import { localeOf } from './languages.ts';

/**
 * Every Intl object of the app, one per language, made when first asked for: building an Intl formatter loads
 * locale data, which on a throttled phone cost the first menu tens of milliseconds for formatters it never used.
 * The lint forbids `new Intl.` and `toLocaleString(` outside src/i18n, so nothing builds them again per call.
 */
function perLanguage<F>(make: (locale: string) => F): (lang: Lang) => F {
  const made: Partial<Record<Lang, F>> = {};
  return (lang) => (made[lang] ??= make(localeOf(lang)));
}

const euro = { style: 'currency', currency: 'EUR' } as const;
const money = perLanguage((locale) => new Intl.NumberFormat(locale, euro));
const wholeMoney = perLanguage((locale) => new Intl.NumberFormat(locale, { ...euro, maximumFractionDigits: 0, minimumFractionDigits: 0 }));
const compactMoney = perLanguage((locale) => new Intl.NumberFormat(locale, { ...euro, notation: 'compact', maximumFractionDigits: 1 }));
const wholeNumber = perLanguage((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
const percent = perLanguage((locale) => new Intl.NumberFormat(locale, { style: 'percent' }));
const dates = perLanguage((locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const dateTimes = perLanguage((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }));
const times = perLanguage((locale) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }));
const collators = perLanguage((locale) => new Intl.Collator(locale, { sensitivity: 'base' }));
const pluralRules = perLanguage((locale) => new Intl.PluralRules(locale));
const lists = perLanguage((locale) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));

/**
 * Intl puts a no-break space between "€" and the amount in Dutch, but ICU versions differ (a plain or a narrow
 * space): every space becomes U+00A0, so "€" never ends a line without its amount, in any language.
 */
function glued(text: string): string {
  return text.replace(/\s/gu, '\u00a0');
}

/** "€ 1.234,50" / "€1,234.50". */
export const formatMoney = (cents: number, lang: Lang): string => glued(money(lang).format(cents / 100));

/** Whole euros, for overviews where cents are noise: "€ 30.750". */
export const formatWholeMoney = (cents: number, lang: Lang): string => glued(wholeMoney(lang).format(Math.round(cents / 100)));

/** Chart axis amounts: "€ 12K" / "€12K" (the space as Intl writes it). */
export const formatCompactMoney = (euros: number, lang: Lang): string => compactMoney(lang).format(euros);

/** A number rounded to whole units with the language's grouping: "30.750" / "30,750". */
export const formatWholeNumber = (value: number, lang: Lang): string => wholeNumber(lang).format(value);

/** A share (0..1) as a percentage: "42%" / "42%". */
export const formatPercent = (share: number, lang: Lang): string => percent(lang).format(share);

/** A casus's peildatum ("2026-12-01") as people write it: "1 december 2026", "1 December 2026". */
export const formatDate = (isoDate: string, lang: Lang): string => dates(lang).format(new Date(`${isoDate}T00:00:00Z`));

/** A moment in local time, short: "06-12-2026 18:05" / "06/12/2026, 18:05". */
export const formatDateTime = (date: Date | number, lang: Lang): string => dateTimes(lang).format(date);

/** A clock time with seconds: "18:05:09". */
export const formatTime = (date: Date | number, lang: Lang): string => times(lang).format(date);

/** Compares words as the language sorts them, ignoring case and accents. */
export const compareWords = (lang: Lang): ((a: string, b: string) => number) => collators(lang).compare;

/** The plural category ("one", "other", …) a count takes in a language. */
export const pluralCategory = (count: number, lang: Lang): Intl.LDMLPluralRule => pluralRules(lang).select(count);

/** "a", "a en b", "a, b en c" / "a, b and c". */
export const formatList = (words: readonly string[], lang: Lang): string => lists(lang).format(words);
