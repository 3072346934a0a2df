import { h } from '../../../dom.ts';

/** A wide table in a region that scrolls sideways at 320 px and can be reached and scrolled with the keyboard. */
export function tableScroll(labelledBy: string, table: HTMLTableElement): HTMLElement {
  return h('div', { className: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': labelledBy }, table);
}
