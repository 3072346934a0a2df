import type { ReceiptLine } from '../../../domain/costs/receipt.ts';
import type { Lang } from '../../../domain/scenario/text.ts';
import type { Scenario } from '../../../domain/scenario/model.ts';
import { optionOf, type Step } from '../../../domain/play/route.ts';
import type { SessionView } from '../../../domain/session/selectors.ts';
import { inline } from '../../components/paragraphs.ts';
import { payerSubtotals, receiptLineItem, receiptTotal, referenceTotals, tariffSetLine, zeroCostLine } from '../../components/receipt.ts';
import { h, replaceChildren } from '../../dom.ts';
import { LastKey } from '../../view-key.ts';
import { markTerms } from '../../components/glossary-terms.ts';
import { formatMoney } from '../../../i18n/intl.ts';
import { stakesNow, type Stakes } from '../../../domain/play/stakes.ts';
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

/** Phones (and 400 % zoom): the layout puts the kassabon in a bottom sheet (main.css, same width). */
const SHEET_QUERY = '(max-width: 60rem)';
/** A sheet on a screen this short (a phone on its side, a laptop at 400 % zoom) would hide the story: it rises only when asked. */
const SHORT_SHEET_QUERY = '(max-width: 60rem) and (max-height: 34.99rem)';

/** "Uitgegeven t/m maand m: jouw route € …, systeemroute € …": what is at stake, without a word on which option is best. */
function stakesBlock(stakes: Stakes, lang: Lang, className: string): HTMLElement {
  const row = (label: string, cents: number, kind: string) =>
    h('div', { className: `receipt-stakes__row receipt-stakes__row--${kind}` }, h('dt', {}, label), h('dd', {}, formatMoney(cents, lang)));
  return h(
    'div',
    { className: `receipt-stakes ${className}` },
    h('p', { className: 'receipt-stakes__lead' }, t(lang, 'receipt.stakes.lead', { month: stakes.month })),
    h(
      'dl',
      {},
      row(t(lang, 'receipt.stakes.yours'), stakes.routeCents, 'yours'),
      row(t(lang, 'receipt.stakes.systeem'), stakes.systeemCents, 'systeem'),
    ),
  );
}

/**
 * The running kassabon: a region that grows line by line as the session prints, appending rather than
 * re-rendering so screen readers announce only the new lines. Beside the story (wide screens) the lines scroll
 * inside the panel to the newest one and the route's total stays pinned below them. On a phone the same region
 * is a bottom sheet: a bar with a disclosure button, the total and (raised) the stakes; it rises when a choice
 * prints and lowers for the next decision, with the button or Escape.
 */
export class ReceiptPanel {
  readonly element: HTMLElement;
  /** The sheet's bar: the disclosure button, the running total and, raised, the stakes (phones only). */
  private readonly bar: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly compact: HTMLElement;
  private readonly barStakes: HTMLElement;
  private readonly body: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly payers: HTMLElement;
  private readonly total: HTMLElement;
  private readonly heading: HTMLElement;
  private shown: readonly string[] = [];
  private lang: Lang | null = null;
  private readonly payersKey = new LastKey<{ readonly lang: Lang; readonly lines: number }>();
  private raised = false;
  private stepsSeen = -1;
  private decisionSeen = 0;
  private readonly onDocumentKey = (event: KeyboardEvent) => this.escape(event);

  constructor(private readonly scenario: Scenario) {
    this.heading = h('h2', { id: 'receipt-heading' });
    this.list = h('ul', { className: 'receipt__lines', 'aria-live': 'polite', 'aria-relevant': 'additions' });
    this.payers = h('div', { className: 'receipt__payers-slot' });
    this.scroller = h('div', { className: 'receipt__scroll' }, this.list, this.payers);
    this.total = h('div', { className: 'receipt__pinned' });
    this.toggle = h('button', {
      type: 'button',
      className: 'receipt__toggle',
      'aria-expanded': 'false',
      'aria-controls': 'receipt-body',
      onclick: () => this.setRaised(!this.raised),
    });
    this.compact = h('p', { className: 'receipt-compact' });
    this.barStakes = h('div', { className: 'receipt__bar-stakes' });
    this.bar = h('div', { className: 'receipt__bar' }, this.toggle, this.compact, this.barStakes);
    this.body = h(
      'div',
      { className: 'receipt__body', id: 'receipt-body' },
      h('div', { className: 'receipt__head', 'aria-hidden': 'true' }, h('span', {}, '★ ★ ★')),
      this.heading,
      this.scroller,
      this.total,
    );
    this.element = h(
      'aside',
      {
        className: 'receipt receipt--running receipt--lowered',
        role: 'region',
        'aria-labelledby': 'receipt-heading',
        'data-bottom-overlay': '',
      },
      this.bar,
      this.body,
    );
    this.element.addEventListener('keydown', (event) => this.escape(event));
    // The page leaves room for the sheet (padding and scroll padding), so nothing the player reads or focuses ends up under it.
    if (typeof ResizeObserver !== 'undefined') {
      const observer = new ResizeObserver(() => {
        const doc = this.element.ownerDocument;
        // A screen is never shown again once replaced (app-view.ts): let go of it.
        if (!this.element.isConnected) {
          observer.disconnect();
          doc.removeEventListener('keydown', this.onDocumentKey);
          return;
        }
        doc.documentElement.style.setProperty('--receipt-sheet-height', `${Math.ceil(this.element.getBoundingClientRect().height)}px`);
      });
      observer.observe(this.element);
    }
  }

  update(view: SessionView, lang: Lang): void {
    const entries = entriesOf(this.scenario, view);
    const keys = entries.map((e) => e.key);
    const extends_ = keys.length >= this.shown.length && this.shown.every((key, i) => keys[i] === key);
    const rebuild = lang !== this.lang || !extends_;
    if (rebuild) {
      this.lang = lang;
      this.heading.textContent = t(lang, 'receipt.heading');
      replaceChildren(
        this.toggle,
        h('span', {}, t(lang, 'receipt.sheet.toggle')),
        h('span', { className: 'receipt__chevron', 'aria-hidden': 'true' }),
      );
      replaceChildren(this.list);
      this.shown = [];
      // Refilling (new language, resume) is not news: only lines printed from now on are announced.
      this.list.setAttribute('aria-live', 'off');
    }
    this.followPlay(view, rebuild);
    const added = entries.slice(this.shown.length).map((entry) => this.render(entry, lang));
    this.list.append(...added);
    this.shown = keys;
    if (rebuild) requestAnimationFrame(() => this.list.setAttribute('aria-live', 'polite'));
    const empty = entries.length === 0 ? h('p', { className: 'receipt__empty' }, t(lang, 'receipt.empty')) : null;
    const label = t(lang, 'receipt.runningTotal', { months: this.scenario.horizonMonths });
    const stakes = stakesNow(this.scenario, view);
    replaceChildren(
      this.total,
      empty,
      receiptTotal(label, view.runningTotalCents, lang),
      stakesBlock(stakes, lang, 'receipt-stakes--pinned'),
      tariffSetLine(this.scenario, lang),
      referenceTotals(this.scenario, lang),
    );
    // Drawn again only when it changes, so an explanation the player opened stays open.
    if (this.payersKey.changed({ lang, lines: view.lines.length })) {
      replaceChildren(this.payers, payerSubtotals(this.scenario, view.lines, lang, 'receipt-payers-heading'));
      markTerms(this.payers, lang);
    }
    replaceChildren(this.compact, h('span', {}, label), h('strong', {}, formatMoney(view.runningTotalCents, lang)));
    replaceChildren(this.barStakes, stakesBlock(stakes, lang, 'receipt-stakes--bar'));
    const newest = added[added.length - 1];
    if (newest) this.reveal(newest);
  }

  /** The sheet rises when a choice is made (its lines print into it) and lowers when the next decision starts. */
  private followPlay(view: SessionView, rebuild: boolean): void {
    const chose = this.stepsSeen >= 0 && view.steps.length > this.stepsSeen && !rebuild;
    this.stepsSeen = view.steps.length;
    if (chose && view.phase !== 'debrief' && !this.matches(SHORT_SHEET_QUERY)) this.setRaised(true);
    if (view.phase === 'deciding' && view.decisionNumber !== this.decisionSeen) {
      if (this.decisionSeen !== 0) this.setRaised(false);
      this.decisionSeen = view.decisionNumber;
    }
    if (view.phase === 'debrief') this.setRaised(false);
  }

  private setRaised(raised: boolean): void {
    if (raised === this.raised) return;
    this.raised = raised;
    this.toggle.setAttribute('aria-expanded', String(raised));
    this.element.classList.toggle('receipt--raised', raised);
    this.element.classList.toggle('receipt--lowered', !raised);
    const doc = this.element.ownerDocument;
    if (raised) doc.addEventListener('keydown', this.onDocumentKey);
    else {
      doc.removeEventListener('keydown', this.onDocumentKey);
      // What had focus in the lowered part is gone from view: the button that lowered it is where the player is.
      if (this.matches(SHEET_QUERY) && this.body.contains(doc.activeElement)) this.toggle.focus({ preventScroll: true });
    }
  }

  private matches(query: string): boolean {
    return this.element.ownerDocument.defaultView?.matchMedia(query).matches ?? false;
  }

  /** Escape lowers a raised sheet: from inside it, and from the page unless something else (a dialog, a term) took the key. */
  private escape(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.raised) return;
    if (!this.element.isConnected) {
      this.element.ownerDocument.removeEventListener('keydown', this.onDocumentKey);
      return;
    }
    if (!this.matches(SHEET_QUERY) || this.element.ownerDocument.querySelector('dialog[open]')) return;
    event.preventDefault();
    this.setRaised(false);
  }

  /**
   * Scrolls the panel itself (never the page) so the newest row is in view, the rows printed before it above it.
   * Beside the story the lines' own box scrolls; in the phone's sheet, its body does.
   */
  private reveal(newest: HTMLElement): void {
    for (const box of [this.scroller, this.body]) {
      if (box.scrollHeight <= box.clientHeight) continue;
      const bottom = newest.getBoundingClientRect().bottom - box.getBoundingClientRect().top + box.scrollTop;
      const target = Math.max(0, bottom - box.clientHeight + 8);
      if (target > box.scrollTop) box.scrollTop = target;
    }
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
