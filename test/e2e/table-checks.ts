import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * Header words split over two lines: every word of every visible header cell (`th`) in `scope`, measured with a
 * Range per word — a word whose rectangles sit on more than one line was broken inside. Headers hidden for screen
 * readers only (a 1 px box) are not drawn and are skipped.
 */
export async function splitHeaderWords(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const split: string[] = [];
    for (const root of document.querySelectorAll(selector)) {
      for (const th of root.querySelectorAll('th')) {
        const box = th.getBoundingClientRect();
        if (box.width <= 2 || box.height <= 2 || getComputedStyle(th).visibility === 'hidden') continue;
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (const match of text.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (tops.size > 1) split.push(`"${match[0]}" in "${th.textContent?.trim()}" (${tops.size} lines)`);
          }
        }
      }
    }
    return split;
  }, scope);
}

/**
 * Cells of the tables in `scope` that hide part of their content (scrollWidth > clientWidth), tables whose box
 * scrolls sideways, and euro amounts not fully inside the viewport or broken over lines.
 */
export async function hiddenTableContent(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const root of document.querySelectorAll(selector)) {
      for (const table of root.querySelectorAll('table')) {
        for (let box: HTMLElement | null = table; box && box !== document.body; box = box.parentElement) {
          if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible')
            problems.push(`${name(box)} scrolls sideways (${box.scrollWidth} > ${box.clientWidth})`);
        }
        for (const cell of table.querySelectorAll<HTMLElement>('td, tbody th, tfoot th')) {
          if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`${name(cell)} clipped (${cell.scrollWidth} > ${cell.clientWidth})`);
          if (!(cell.textContent ?? '').includes('€')) continue;
          const rect = cell.getBoundingClientRect();
          if (rect.left < 0 || rect.right > window.innerWidth + 0.5)
            problems.push(`${name(cell)} outside the viewport (${Math.round(rect.left)}–${Math.round(rect.right)})`);
          // An amount is read whole: "€ 3" over "4(" on the next line is as bad as a clipped one.
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of (node.textContent ?? '').matchAll(/[-−]?\s?€\s?[-−]?[\d.,]+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (tops.size > 1) problems.push(`${name(cell)}: the amount "${match[0]}" breaks over ${tops.size} lines`);
            }
          }
        }
      }
    }
    return problems;
  }, scope);
}

export async function expectTablesWhole(page: Page, scope: string, where: string): Promise<void> {
  expect(await hiddenTableContent(page, scope), `hidden table content on ${where}`).toEqual([]);
  expect(await splitHeaderWords(page, scope), `header words split on ${where}`).toEqual([]);
}
