import type { Page, TestInfo } from '@playwright/test';
import { expectNoSidewaysScroll } from './layout-checks.ts';
import { expect, test } from './fixtures.ts';
import { openFinishedDebrief } from './finished-save.ts';

// The kassabon's lines print at once: printing is kassabon.spec.ts's subject (and the phone layout walk's), not this file's.
test.use({ reducedMotion: 'reduce' });

const SCREENS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/**
 * The route the first screens below were designed on: the last option chosen at once at every moment, stored as a
 * finished attempt (the debrief is the subject here, not playing to it; layout.spec.ts's phone walk plays this route).
 */
const openDebrief = (page: Page) => openFinishedDebrief(page, 'last');

/** What the first screen shows, as boxes in the viewport: below the sticky top bar and above the bottom edge. */
async function outsideFirstScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bar = document.querySelector('.topbar')?.getBoundingClientRect();
    const top = bar && getComputedStyle(document.querySelector('.topbar')!).position === 'sticky' ? bar.bottom : 0;
    const wanted: [string, Element | null][] = [
      ['ending', document.querySelector('#story-heading')],
      ['balansscore', document.querySelector('[data-testid="overall-score"]')],
      ...['yours', 'best', 'systeem'].map((kind): [string, Element | null] => [
        `${kind} in euros`,
        document.querySelector(`.lesson-money__row[data-route="${kind}"] .lesson-money__amount`),
      ]),
      ['who pays and who saves', document.querySelector('[data-testid="lesson-pocket"]')],
    ];
    return wanted.flatMap(([name, el]) => {
      if (!el) return [`${name}: missing`];
      const box = el.getBoundingClientRect();
      return box.top >= top - 1 && box.bottom <= window.innerHeight + 1 && box.height > 0
        ? []
        : [`${name}: ${Math.round(box.top)}–${Math.round(box.bottom)} (screen ${Math.round(top)}–${window.innerHeight})`];
    });
  });
}

/** Every table cell inside the screen and unclipped, and no header word split over two lines (a word split has two boxes). */
async function tableProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const limit = document.documentElement.clientWidth;
    for (const table of document.querySelectorAll('.debrief table')) {
      for (const cell of table.querySelectorAll('td')) {
        const box = cell.getBoundingClientRect();
        if (box.right > limit + 1 || box.left < -1)
          found.push(`${table.className} cell "${cell.textContent}" at ${Math.round(box.left)}–${Math.round(box.right)}`);
        if (/€/.test(cell.textContent ?? '') && cell.scrollWidth > cell.clientWidth + 1)
          found.push(`${table.className} cell "${cell.textContent}" clipped`);
      }
    }
    // A word split over two lines has two boxes.
    for (const th of document.querySelectorAll('.debrief th, .debrief .lesson-money__name')) {
      const text = th.firstChild;
      if (!(text instanceof Text)) continue;
      for (const match of text.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        if (rects.length > 1) found.push(`header word "${match[0]}" split over ${rects.length} lines`);
      }
    }
    return found;
  });
}

async function attach(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

test('the debrief opens with the lesson: ending, balansscore and money on the first screen at 320, 390, 1366 and 1920; its tables at 320 px', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  for (const [i, screen] of SCREENS.entries()) {
    await page.setViewportSize(screen);
    if (i === 0) await openDebrief(page);
    else await page.reload();
    if (i > 0) await page.getByRole('button', { name: 'Nabespreking bekijken' }).click();
    await expect(page.getByTestId('debrief-lesson')).toBeVisible({ timeout: 20_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await outsideFirstScreen(page), `first screen at ${screen.width}×${screen.height}`).toEqual([]);
    await attach(page, testInfo, `debrief-first-screen-${screen.width}.png`);
    await expectNoSidewaysScroll(page, `debrief at ${screen.width}`);
    if (screen.width === 1366) {
      // With nothing opened, the whole debrief is about three screens.
      const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
      expect(screens, 'debrief height in screens at 1366×768').toBeLessThanOrEqual(3.2);
    }
  }
  // At 320 px with every section open, each table is one card per row: every amount shows, nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.getByRole('button', { name: 'Alles openen' }).click();
  await page.getByText('Toon de cijfers per maand').click();
  expect(await tableProblems(page)).toEqual([]);
  await expectNoSidewaysScroll(page, 'debrief at 320 with every section open');
  await page.locator('.compare-table').scrollIntoViewIfNeeded();
  await attach(page, testInfo, 'debrief-routes-320.png');
  await expect(page.getByTestId('lesson-money').locator('li').first()).toContainText('Jouw route');
  await expect(page.getByTestId('lesson-money')).toContainText('Best gebalanceerd');
  await expect(page.getByTestId('lesson-pocket')).toContainText(/kwijt/);
});

test('the sections open from their heading buttons, by keyboard too, stay open through a language switch, and all print', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openDebrief(page);
  const toggle = page.getByRole('button', { name: 'Vier routes naast elkaar', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('.compare-table')).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.compare-table')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Routes side by side', exact: true })).toHaveAttribute('aria-expanded', 'true', {
    timeout: 20_000,
  });
  await expect(page.locator('.compare-table')).toBeVisible();
  await page.getByRole('button', { name: 'Routes side by side', exact: true }).press('Space');
  await expect(page.locator('.compare-table')).toBeHidden();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.compare-table', '.payer-table', '.scale-list', '.reflection-list', '.score-list', '.receipt--full']) {
    await expect(page.locator(selector).first(), `${selector} in print`).toBeVisible();
  }
});
