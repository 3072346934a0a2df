import type { Lang } from '../domain/scenario/text.ts';
import type { CostItem } from '../domain/scenario/model.ts';
import { t } from './index.ts';

/**
 * One formatter per language, made when first asked for: building an Intl formatter loads locale data, which on a
 * throttled phone cost the first menu tens of milliseconds for formatters it never used.
 */
function perLanguage<F>(make: (locale: string) => F): (lang: Lang) => F {
  const made: Partial<Record<Lang, F>> = {};
  return (lang) => (made[lang] ??= make(lang === 'nl' ? 'nl-NL' : 'en-GB'));
}

const money = perLanguage((locale) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }));

/**
 * Intl puts a no-break space between "€" and the amount in Dutch, but ICU versions differ (a plain or a narrow
 * space): every space becomes U+00A0, so "€" never ends a line without its amount, in any language.
 */
function glued(text: string): string {
  return text.replace(/\s/gu, '\u00a0');
}

export function formatMoney(cents: number, lang: Lang): string {
  return glued(money(lang).format(cents / 100));
}

const wholeMoney = perLanguage(
  (locale) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }),
);

/** Whole euros, for overviews where cents are noise: "€ 30.750". */
export function formatWholeMoney(cents: number, lang: Lang): string {
  return glued(wholeMoney(lang).format(Math.round(cents / 100)));
}

export function formatFrequency(cost: CostItem, lang: Lang): string {
  return t(lang, `freq.${cost.frequency}`);
}

export function formatPeriods(cost: CostItem, periods: number, lang: Lang): string {
  return cost.frequency === 'eenmalig' ? '' : t(lang, `unit.${cost.frequency}`, { n: periods });
}

/** "€ 300,00 × per maand × 18 mnd" or "€ 2.000,00 eenmalig". */
export function formatCalculation(cost: CostItem, periods: number, lang: Lang): string {
  const amount = formatMoney(cost.amountCents, lang);
  if (cost.frequency === 'eenmalig') return `${amount} ${formatFrequency(cost, lang)}`;
  return `${amount} ${formatFrequency(cost, lang)} × ${formatPeriods(cost, periods, lang)}`;
}

const dates = perLanguage((locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

/** A casus's peildatum ("2026-12-01") as people write it: "1 december 2026", "1 December 2026". */
export function formatDate(isoDate: string, lang: Lang): string {
  return dates(lang).format(new Date(`${isoDate}T00:00:00Z`));
}
