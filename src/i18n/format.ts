import type { Lang } from '../domain/scenario/text.ts';
import type { CostItem } from '../domain/scenario/model.ts';
import { t } from './index.ts';

const money = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

/**
 * Intl puts a no-break space between "€" and the amount in Dutch, but ICU versions differ (a plain or a narrow
 * space): every space becomes U+00A0, so "€" never ends a line without its amount, in any language.
 */
function glued(text: string): string {
  return text.replace(/\s/gu, '\u00a0');
}

export function formatMoney(cents: number, lang: Lang): string {
  return glued(money[lang].format(cents / 100));
}

const wholeMoney = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }),
};

/** Whole euros, for overviews where cents are noise: "€ 30.750". */
export function formatWholeMoney(cents: number, lang: Lang): string {
  return glued(wholeMoney[lang].format(Math.round(cents / 100)));
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

const dates = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A casus's peildatum ("2026-12-01") as people write it: "1 december 2026", "1 December 2026". */
export function formatDate(isoDate: string, lang: Lang): string {
  return dates[lang].format(new Date(`${isoDate}T00:00:00Z`));
}
