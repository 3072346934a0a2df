import type { ReceiptLine } from '../../../domain/costs/receipt.ts';
import type { Lang } from '../../../domain/scenario/text.ts';
import type { Scenario } from '../../../domain/scenario/model.ts';
import { optionOf, type Step } from '../../../domain/play/route.ts';
import type { SessionView } from '../../../domain/session/selectors.ts';
import { inline } from '../../components/paragraphs.ts';
import { payerSubtotals, receiptLineItem, receiptTotal, referenceTotals, tariffSetLine, zeroCostLine } from '../../components/receipt.ts';
import { h, replaceChildren } from '../../dom.ts';
import { markTerms } from '../../components/glossary-terms.ts';
import { formatMoney } from '../../../i18n/format.ts';
import { t } from '../../../i18n/index.ts';

/** One row of the running kassabon: a choice's label, one of its printed lines, or its "no costs" line. */
type Entry =
  | { readonly key: string; readonly kind: 'group'; readonly step: Step }
  | { readonly key: string; readonly kind: 'line'; readonly line: ReceiptLine }
  | { readonly key: string; readonly kind: 'zero'; readonly step: Step };

/** The rows the view has printed so far, in route order: each choice, then its lines (or a zero line). */
function entriesOf(scenario: Scenario, view: SessionView): Entry[] {
  const entries: Entry[] = [];
  let next = 0;
  view.steps.forEach((step, i) => {
    const costs = optionOf(scenario, step).costs.length;
    const printed = view.lines.slice(next, next + costs);
    next += costs;
    if (costs > 0 && printed.length === 0) return;
    entries.push({ key: `${i}`, kind: 'group', step });
    if (costs === 0) entries.push({ key: `${i}/0`, kind: 'zero', step });
    printed.forEach((line, j) => entries.push({ key: `${i}/${j + 1}`, kind: 'line', line }));
  });
  return entries;
}

/**
 * The running kassabon beside the story: a region that grows line by line as the session prints,
 * appending rather than re-rendering so screen readers announce only the new lines. The lines scroll inside
 * the panel to the newest one; the route's total stays pinned below them (and, on a phone, in a compact bar).
 */
export class ReceiptPanel {
  readonly element: HTMLElement;
  /** On narrow screens the panel is below the story: this bar keeps the running total on screen. */
  readonly compact: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly payers: HTMLElement;
  private readonly total: HTMLElement;
  private readonly heading: HTMLElement;
  private shown: readonly string[] = [];
  private lang: Lang | null = null;
  private payersKey = '';

  constructor(private readonly scenario: Scenario) {
    this.heading = h('h2', { id: 'receipt-heading' });
    this.list = h('ul', { className: 'receipt__lines', 'aria-live': 'polite', 'aria-relevant': 'additions' });
    this.payers = h('div', { className: 'receipt__payers-slot' });
    this.scroller = h('div', { className: 'receipt__scroll' }, this.list, this.payers);
    this.total = h('div', { className: 'receipt__pinned' });
    this.element = h('aside', { className: 'receipt receipt--running', role: 'region', 'aria-labelledby': 'receipt-heading' },
      h('div', { className: 'receipt__head', 'aria-hidden': 'true' }, h('span', {}, '★ ★ ★')),
      this.heading, this.scroller, this.total);
    // A visual copy of the pinned total: the region above is what assistive technology reads.
    this.compact = h('div', { className: 'receipt-compact', 'aria-hidden': 'true' });
  }

  update(view: SessionView, lang: Lang): void {
    const entries = entriesOf(this.scenario, view);
    const keys = entries.map((e) => e.key);
    const extends_ = keys.length >= this.shown.length && this.shown.every((key, i) => keys[i] === key);
    const rebuild = lang !== this.lang || !extends_;
    if (rebuild) {
      this.lang = lang;
      this.heading.textContent = t(lang, 'receipt.heading');
      replaceChildren(this.list);
      this.shown = [];
      // Refilling (new language, resume) is not news: only lines printed from now on are announced.
      this.list.setAttribute('aria-live', 'off');
    }
    const added = entries.slice(this.shown.length).map((entry) => this.render(entry, lang));
    this.list.append(...added);
    this.shown = keys;
    if (rebuild) requestAnimationFrame(() => this.list.setAttribute('aria-live', 'polite'));
    const empty = entries.length === 0 ? h('p', { className: 'receipt__empty' }, t(lang, 'receipt.empty')) : null;
    const label = t(lang, 'receipt.runningTotal', { months: this.scenario.horizonMonths });
    replaceChildren(this.total, empty, receiptTotal(label, view.runningTotalCents, lang), tariffSetLine(this.scenario, lang), referenceTotals(this.scenario, lang));
    // Drawn again only when it changes, so an explanation the player opened stays open.
    const payersKey = `${lang}|${view.lines.length}`;
    if (payersKey !== this.payersKey) {
      this.payersKey = payersKey;
      replaceChildren(this.payers, payerSubtotals(this.scenario, view.lines, lang, 'receipt-payers-heading'));
      markTerms(this.payers, lang);
    }
    replaceChildren(this.compact, h('span', {}, label), h('strong', {}, formatMoney(view.runningTotalCents, lang)));
    const newest = added[added.length - 1];
    if (newest) this.reveal(newest);
  }

  /** Scrolls the panel itself (never the page) so the newest row is in view. */
  private reveal(row: HTMLElement): void {
    const bottom = row.offsetTop + row.offsetHeight;
    const target = Math.max(0, bottom - this.scroller.clientHeight + 8);
    if (target > this.scroller.scrollTop) this.scroller.scrollTop = target;
  }

  private render(entry: Entry, lang: Lang): HTMLLIElement {
    switch (entry.kind) {
      case 'group':
        return h('li', { className: 'receipt__group' }, inline(optionOf(this.scenario, entry.step).label, lang));
      case 'zero':
        return zeroCostLine(lang);
      case 'line':
        return receiptLineItem(this.scenario, entry.line, lang);
    }
  }
}
