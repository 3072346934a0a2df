import type { ReceiptLine } from '../../domain/costs/receipt.ts';
import { pick, type Lang } from '../../domain/scenario/text.ts';
import type { Scenario } from '../../domain/scenario/model.ts';
import { h } from '../dom.ts';
import { inline } from './paragraphs.ts';
import { formatCalculation, formatMoney } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';

function provenance(line: ReceiptLine, lang: Lang): HTMLElement {
  const { source, estimate } = line.cost;
  if (source) {
    return h('details', { className: 'receipt-source' },
      h('summary', {}, t(lang, 'receipt.source')),
      h('p', {}, t(lang, 'receipt.sourceRef', { document: source.document, line: source.line })),
      h('blockquote', {}, `“${source.quote}”`));
  }
  return h('details', { className: 'receipt-source receipt-source--estimate' },
    h('summary', {}, t(lang, 'receipt.estimate')),
    h('p', {}, estimate ? inline(estimate, lang) : ''));
}

/** One receipt line as DOM: what, the calculation, the subtotal, who pays and where the figure comes from. */
export function receiptLineItem(scenario: Scenario, line: ReceiptLine, lang: Lang): HTMLLIElement {
  const payer = scenario.payers[line.cost.payer];
  const payerName = payer ? pick(payer.name, lang) : line.cost.payer;
  const basis = payer?.basis ? ` · ${pick(payer.basis, lang)}` : '';
  return h('li', { className: 'receipt-line' },
    h('div', { className: 'receipt-line__item' }, inline(line.cost.item, lang)),
    h('div', { className: 'receipt-line__calc' },
      h('span', {}, formatCalculation(line.cost, line.countedPeriods, lang)),
      h('span', { className: 'receipt-line__eq', 'aria-hidden': 'true' }, ' = '),
      h('strong', { className: 'receipt-line__subtotal' }, formatMoney(line.subtotalCents, lang))),
    line.truncated ? h('div', { className: 'receipt-line__note' }, t(lang, 'receipt.truncated', { counted: line.countedPeriods, periods: line.cost.periods })) : null,
    h('div', { className: 'receipt-line__payer' }, t(lang, 'receipt.payer', { payer: payerName + basis })),
    provenance(line, lang));
}

export function receiptTotal(label: string, cents: number, lang: Lang): HTMLElement {
  return h('div', { className: 'receipt-total' }, h('span', {}, label), h('strong', { 'data-testid': 'receipt-total' }, formatMoney(cents, lang)));
}
