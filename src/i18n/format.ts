import type { Lang } from '../domain/scenario/text.ts';
import type { CostItem } from '../domain/scenario/model.ts';
import { t } from './index.ts';
import { formatMoney } from './intl.ts';

export {
  compareWords,
  formatCompactMoney,
  formatDate,
  formatDateTime,
  formatList,
  formatMoney,
  formatPercent,
  formatTime,
  formatWholeMoney,
  formatWholeNumber,
} from './intl.ts';

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
