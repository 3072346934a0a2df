import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { wcagAxe } from './axe.ts';

/** No screen may scroll sideways (WCAG 1.4.10): the document is never wider than the viewport. */
export async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scroll, viewport, wide } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    // The widest elements that stick out, to name the culprit when this fails.
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(el.getBoundingClientRect().right)}px`),
  }));
  expect(scroll, `page width on ${where}; sticking out: ${wide.join(', ')}`).toBeLessThanOrEqual(viewport);
}

/** Whenever the engine has drawn, the canvas sits inside the stage's box. */
export async function expectStageFits(page: Page, where: string) {
  const boxes = await page.evaluate(() => {
    const stage = document.getElementById('stage');
    const canvas = stage?.querySelector('canvas');
    if (!stage?.isConnected || !canvas) return null;
    const s = stage.getBoundingClientRect();
    const c = canvas.getBoundingClientRect();
    return { s: [s.left, s.top, s.right, s.bottom], c: [c.left, c.top, c.right, c.bottom] };
  });
  if (!boxes) return;
  const [sl, st, sr, sb] = boxes.s as [number, number, number, number];
  const [cl, ct, cr, cb] = boxes.c as [number, number, number, number];
  expect([cl >= sl - 1, ct >= st - 1, cr <= sr + 1, cb <= sb + 1], `canvas inside the stage on ${where}`).toEqual([true, true, true, true]);
}

export async function expectAxeClean(page: Page, where: string) {
  // Contrast is measured on what the player reads, not on a line halfway through its fade-in.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const results = await wcagAxe(page).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${where}`,
  ).toEqual([]);
}
