import { h } from '../../../dom.ts';

/**
 * A wide table in a box that scrolls sideways where it must and can be reached and scrolled with the keyboard. A
 * named group, not a region: it stands in a section named by the same heading, and two landmarks of one name
 * (axe's landmark-unique) leave a screen reader's landmark list with a double.
 */
export function tableScroll(labelledBy: string, table: HTMLTableElement): HTMLElement {
  return h('div', { className: 'table-scroll', role: 'group', tabindex: 0, 'aria-labelledby': labelledBy }, table);
}

/**
 * A table that becomes one card per row on a narrow screen (debrief.css): every data cell gets its column's
 * header as `data-label`, so each amount shows with its name and nothing needs sideways scrolling at 320 px.
 */
export function stackingTable(labelledBy: string, table: HTMLTableElement): HTMLElement {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent?.trim() ?? '');
  for (const body of [...table.tBodies, ...(table.tFoot ? [table.tFoot] : [])]) {
    for (const row of body.rows) {
      [...row.cells].forEach((cell, column) => {
        if (cell.tagName === 'TD' && headers[column] && !cell.hasAttribute('data-label')) cell.setAttribute('data-label', headers[column]);
      });
    }
  }
  table.classList.add('stacking-table');
  return tableScroll(labelledBy, table);
}
