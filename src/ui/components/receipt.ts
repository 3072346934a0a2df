import { totalsByPayer, type ReceiptLine } from '../../domain/costs/receipt.ts';
import { pick, type Lang } from '../../domain/scenario/text.ts';
import type { CostItem, Scenario } from '../../domain/scenario/model.ts';
import { h } from '../dom.ts';
import { inline, isolate } from './paragraphs.ts';
import { formatMoney } from '../../i18n/intl.ts';
import { t } from '../../i18n/index.ts';
import { sourceName } from '../../i18n/source-names.ts';

/** "€ 300,00 per maand × 18 mnd" or "€ 2.000,00 eenmalig". */
function calculation(cost: CostItem, periods: number, lang: Lang): string {
  const amount = `${formatMoney(cost.amountCents, lang)} ${t(lang, `freq.${cost.frequency}`)}`;
  return cost.frequency === 'eenmalig' ? amount : `${amount} × ${t(lang, `unit.${cost.frequency}`, { n: periods })}`;
}

function provenance(scenario: Scenario, line: ReceiptLine, lang: Lang): HTMLElement {
  const { source, estimate } = line.cost;
  if (source) {
    // The source list names the publication; failing that, the title the source gives, or the casus's own publication's.
    const fallbackTitle = source.title ?? (source.document === scenario.source.document ? scenario.source.title : undefined);
    const name = sourceName(source.document, source.line, lang, fallbackTitle);
    // The title and the quote are Dutch publications: marked as Dutch for screen readers on an English screen.
    return h(
      'details',
      { className: 'receipt-source' },
      h('summary', {}, t(lang, 'receipt.source')),
      h(
        'p',
        { className: 'receipt-source__name' },
        name.title ? h('cite', { lang: 'nl' }, name.title) : null,
        name.title ? ' ' : null,
        name.where,
      ),
      h('blockquote', { lang: 'nl' }, `“${source.quote}”`),
    );
  }
  return h(
    'details',
    { className: 'receipt-source receipt-source--estimate' },
    h('summary', {}, t(lang, 'receipt.estimate')),
    h('p', {}, estimate ? inline(estimate, lang) : ''),
  );
}

function payerName(scenario: Scenario, id: string, lang: Lang): HTMLElement | string {
  const payer = scenario.payers[id];
  return payer ? inline(payer.name, lang) : id;
}

/**
 * One receipt line as DOM: what, the calculation, the subtotal, who pays and where the figure comes from.
 * The payer's legal basis is not repeated here: it stands once per payer in `payerBases`.
 */
export function receiptLineItem(scenario: Scenario, line: ReceiptLine, lang: Lang): HTMLLIElement {
  const payer = scenario.payers[line.cost.payer];
  const kind = line.cost.kind;
  return h(
    'li',
    { className: `receipt-line${kind ? ` receipt-line--${kind}` : ''}` },
    h(
      'div',
      { className: 'receipt-line__item' },
      inline(line.cost.item, lang),
      kind ? h('span', { className: 'receipt-line__kind' }, ` · ${t(lang, `receipt.kind.${kind}`)}`) : null,
    ),
    h(
      'div',
      { className: 'receipt-line__calc' },
      h('span', {}, calculation(line.cost, line.countedPeriods, lang)),
      // "=" travels with the amount, so a wrapped line never ends in a dangling "=".
      h(
        'strong',
        { className: 'receipt-line__subtotal' },
        h('span', { 'aria-hidden': 'true' }, '= '),
        formatMoney(line.subtotalCents, lang),
      ),
    ),
    line.truncated
      ? h(
          'div',
          { className: 'receipt-line__note' },
          t(lang, 'receipt.truncated', { counted: line.countedPeriods, periods: line.cost.periods }),
        )
      : null,
    kind === 'aflossing' || kind === 'kwijtschelding'
      ? h('div', { className: 'receipt-line__note' }, kindNote(scenario, line, lang))
      : null,
    h(
      'div',
      { className: 'receipt-line__payer' },
      t(lang, 'receipt.payer', { payer: isolate(payer ? pick(payer.name, lang) : line.cost.payer) }),
    ),
    provenance(scenario, line, lang),
  );
}

/** Why an aflossing or a kwijtschelding does not add to the total: the one accounting rule, in a line. */
function kindNote(scenario: Scenario, line: ReceiptLine, lang: Lang): string {
  if (line.cost.kind === 'kwijtschelding') return t(lang, 'receipt.kindNote.kwijtschelding');
  const to = line.cost.to ? scenario.payers[line.cost.to] : undefined;
  return t(lang, 'receipt.kindNote.aflossing', { to: isolate(to ? pick(to.name, lang) : (line.cost.to ?? '')) });
}

/** The big totals the source names, shown beside the kassabon for reference; they count in no total. */
export function referenceTotals(scenario: Scenario, lang: Lang): HTMLElement | null {
  if (scenario.referenceTotals.length === 0) return null;
  return h(
    'div',
    { className: 'receipt-reference' },
    h('p', { className: 'receipt-reference__lead' }, t(lang, 'receipt.reference')),
    h(
      'ul',
      {},
      ...scenario.referenceTotals.map((total) => {
        const name = sourceName(
          total.source.document,
          total.source.line,
          lang,
          total.source.title ?? (total.source.document === scenario.source.document ? scenario.source.title : undefined),
        );
        return h(
          'li',
          {},
          h('span', {}, inline(total.item, lang), ': '),
          h('strong', {}, `${formatMoney(total.amountCents, lang)} ${t(lang, `freq.${total.frequency}`)}`),
          h(
            'details',
            { className: 'receipt-source' },
            h('summary', {}, t(lang, 'receipt.source')),
            h(
              'p',
              { className: 'receipt-source__name' },
              name.title ? h('cite', { lang: 'nl' }, name.title) : null,
              name.title ? ' ' : null,
              name.where,
            ),
            h('blockquote', { lang: 'nl' }, `“${total.source.quote}”`),
          ),
        );
      }),
    ),
  );
}

/** The line a choice without costs prints: it was chosen, and it costs nothing. */
export function zeroCostLine(lang: Lang): HTMLLIElement {
  return h(
    'li',
    { className: 'receipt-line receipt-line--zero' },
    h(
      'div',
      { className: 'receipt-line__calc' },
      h('span', {}, t(lang, 'receipt.zeroLine')),
      h('strong', { className: 'receipt-line__subtotal' }, h('span', { 'aria-hidden': 'true' }, '= '), formatMoney(0, lang)),
    ),
  );
}

/** "Tarieven: Gemeente X (2026)" under a kassabon, and how many of the casus's tariffs kept the standard amount. */
export function tariffSetLine(scenario: Scenario, lang: Lang): HTMLElement | null {
  const set = scenario.tariffSet;
  if (!set) return null;
  // A casus that books no shared tariff is priced the same under every set: naming the set would only puzzle.
  if (set.used === 0) return h('p', { className: 'receipt-tariffs', 'data-testid': 'receipt-tariffs' }, t(lang, 'receipt.tariffSetUnused'));
  const note = set.missing.length > 0 ? t(lang, 'receipt.tariffSetMissing', { count: set.missing.length, used: set.used }) : null;
  return h(
    'p',
    { className: 'receipt-tariffs', 'data-testid': 'receipt-tariffs' },
    t(lang, 'receipt.tariffSet', { title: isolate(pick(set.title, lang)) }),
    note ? h('span', { className: 'receipt-tariffs__note' }, ` ${note}`) : null,
  );
}

export function receiptTotal(label: string, cents: number, lang: Lang): HTMLElement {
  return h(
    'div',
    { className: 'receipt-total' },
    h('span', {}, label),
    h('strong', { 'data-testid': 'receipt-total' }, formatMoney(cents, lang)),
  );
}

/**
 * Who pays, each payer once, with the law or arrangement it pays under; with `lines`, also what it pays on
 * them (payers in the order they first appear). A description list: the payer is the term, amount and basis
 * describe it.
 */
export function payerBases(scenario: Scenario, payers: readonly string[], lang: Lang, lines?: readonly ReceiptLine[]): HTMLDListElement {
  const totals = lines ? totalsByPayer(lines) : undefined;
  return h(
    'dl',
    { className: 'payer-bases' },
    ...payers.map((id) => {
      const basis = scenario.payers[id]?.basis;
      const cents = totals?.get(id);
      return h(
        'div',
        { className: 'payer-bases__payer' },
        h('dt', {}, payerName(scenario, id, lang)),
        cents === undefined ? null : h('dd', { className: 'payer-bases__amount' }, formatMoney(cents, lang)),
        basis ? h('dd', { className: 'payer-bases__basis' }, inline(basis, lang)) : null,
      );
    }),
  );
}

/** Under the running kassabon: per payer, what it pays so far and under which law or arrangement. */
export function payerSubtotals(scenario: Scenario, lines: readonly ReceiptLine[], lang: Lang, headingId: string): HTMLElement | null {
  const payers = [...totalsByPayer(lines).keys()];
  if (payers.length === 0) return null;
  return h(
    'section',
    { className: 'receipt__payers', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, t(lang, 'receipt.byPayer')),
    payerBases(scenario, payers, lang, lines),
  );
}
