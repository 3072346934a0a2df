import type { ReceiptLine } from '../../../domain/costs/receipt.ts';
import type { Lang } from '../../../domain/scenario/text.ts';
import type { Scenario } from '../../../domain/scenario/model.ts';
import type { SessionView } from '../../../domain/session/selectors.ts';
import { inline } from '../../components/paragraphs.ts';
import { payerSubtotals, receiptLineItem, receiptTotal } from '../../components/receipt.ts';
import { h, replaceChildren } from '../../dom.ts';
import { t } from '../../../i18n/index.ts';

/**
 * The running kassabon beside the story: a region that grows line by line as the session prints,
 * appending rather than re-rendering so screen readers announce only the new lines.
 */
export class ReceiptPanel {
  readonly element: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly footer: HTMLElement;
  private readonly heading: HTMLElement;
  private shown: readonly ReceiptLine[] = [];
  private lang: Lang | null = null;

  constructor(private readonly scenario: Scenario) {
    this.heading = h('h2', { id: 'receipt-heading' });
    this.list = h('ul', { className: 'receipt__lines', 'aria-live': 'polite', 'aria-relevant': 'additions' });
    this.footer = h('div', { className: 'receipt__footer' });
    this.element = h('aside', { className: 'receipt receipt--running', role: 'region', 'aria-labelledby': 'receipt-heading' },
      h('div', { className: 'receipt__head', 'aria-hidden': 'true' }, h('span', {}, '★ ★ ★')),
      this.heading, this.list, this.footer);
  }

  update(view: SessionView, lang: Lang): void {
    const sameStart = view.lines.length >= this.shown.length && this.shown.every((line, i) => view.lines[i] === line || sameLine(view.lines[i], line));
    const rebuild = lang !== this.lang || !sameStart;
    if (rebuild) {
      this.lang = lang;
      this.heading.textContent = t(lang, 'receipt.heading');
      replaceChildren(this.list);
      this.shown = [];
      // Refilling (new language, resume) is not news: only lines printed from now on are announced.
      this.list.setAttribute('aria-live', 'off');
    }
    for (const line of view.lines.slice(this.shown.length)) {
      const previous = this.shown[this.shown.length - 1];
      if (!previous || previous.momentId !== line.momentId) this.list.append(this.groupLabel(line, lang));
      this.list.append(receiptLineItem(this.scenario, line, lang));
      this.shown = [...this.shown, line];
    }
    if (rebuild) requestAnimationFrame(() => this.list.setAttribute('aria-live', 'polite'));
    const empty = view.lines.length === 0 ? h('p', { className: 'receipt__empty' }, t(lang, 'receipt.empty')) : null;
    replaceChildren(this.footer, empty, receiptTotal(t(lang, 'receipt.total', { months: this.scenario.horizonMonths }), view.runningTotalCents, lang),
      payerSubtotals(this.scenario, view.lines, lang, 'receipt-payers-heading'));
  }

  private groupLabel(line: ReceiptLine, lang: Lang): HTMLLIElement {
    const moment = this.scenario.moments[line.momentId];
    const option = moment?.options.find((o) => o.id === line.optionId);
    return h('li', { className: 'receipt__group' }, option ? inline(option.label, lang) : line.optionId);
  }
}

function sameLine(a: ReceiptLine | undefined, b: ReceiptLine): boolean {
  return a !== undefined && a.momentId === b.momentId && a.optionId === b.optionId && a.cost === b.cost;
}
