import type { Page, TestInfo } from '@playwright/test';
import { expect, openFreshGame, startButton, storyHeading, tabTo, test } from './fixtures.ts';
import { expectAxeClean } from './layout-checks.ts';

const sheet = (page: Page) => page.getByRole('region', { name: 'Kassabon' });
const toggle = (page: Page) => page.getByRole('button', { name: 'Kassabon', exact: true });

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The rows the last choice printed on the kassabon: its label and its lines, as the player should see them now. */
async function newestRows(page: Page) {
  return page.evaluate(() => {
    const groups = document.querySelectorAll('.receipt--running .receipt__group');
    const rows: Element[] = [];
    for (let row: Element | null = groups[groups.length - 1] ?? null; row; row = row.nextElementSibling) rows.push(row);
    const body = document.querySelector('.receipt__body')!.getBoundingClientRect();
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    // Every element holding text of its own, with its font size: what the player has to read.
    const texts = rows
      .flatMap((row) => [row, ...row.querySelectorAll('*')])
      .filter(
        (el) =>
          [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '') && el.getClientRects().length > 0,
      )
      .map((el) => ({ text: el.textContent!.trim().slice(0, 30), size: parseFloat(getComputedStyle(el).fontSize) }));
    return {
      rows: rows.map(box),
      body: box(document.querySelector('.receipt__body')!),
      bodyVisible: body.height > 0,
      texts,
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

/**
 * Where the kassabon's torn edge (`::after`) is drawn, from its computed style and its containing block
 * (the nearest positioned ancestor, or the first screen of the page when there is none), beside every
 * visible element with text of its own; the boxes that overlap.
 */
async function tornEdgeOverlaps(page: Page) {
  return page.evaluate(() => {
    const overlaps: string[] = [];
    for (const receipt of document.querySelectorAll('.receipt')) {
      const edge = getComputedStyle(receipt, '::after');
      if (edge.display === 'none' || edge.content === 'none' || receipt.getClientRects().length === 0) continue;
      let block: Element | null = receipt;
      while (block && getComputedStyle(block).position === 'static') block = block.parentElement;
      const cb = block ? block.getBoundingClientRect() : new DOMRect(-scrollX, -scrollY, innerWidth, innerHeight);
      const height = parseFloat(edge.height);
      const top = edge.bottom !== 'auto' ? cb.bottom - parseFloat(edge.bottom) - height : cb.top + parseFloat(edge.top);
      const box = {
        left: cb.left + (parseFloat(edge.left) || 0),
        right: cb.right - (parseFloat(edge.right) || 0),
        top,
        bottom: top + height,
      };
      for (const el of document.querySelectorAll('body *')) {
        if (receipt.contains(el) || el.getClientRects().length === 0) continue;
        if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')) continue;
        const r = el.getBoundingClientRect();
        if (r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top)
          overlaps.push(`${el.tagName.toLowerCase()} “${el.textContent!.trim().slice(0, 30)}”`);
      }
    }
    return overlaps;
  });
}

const inside = (inner: Box, outer: Box) =>
  inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1 && inner.left >= outer.left - 1 && inner.right <= outer.right + 1;

async function shot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name.replace(/[^\w]+/g, '-')}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

async function chooseAndWait(page: Page) {
  await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

for (const viewport of [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('after a choice the new kassabon lines, the total and the stakes are on screen, readable, and the sheet lowers for the next decision', async ({
      page,
    }, testInfo) => {
      await openFreshGame(page);
      await startButton(page).click();
      await page.getByRole('button', { name: 'Begin de casus' }).click();
      // Deciding: a lowered sheet, its total in view; the torn edge over nothing.
      await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('.receipt-compact strong')).toBeInViewport();
      expect(await tornEdgeOverlaps(page)).toEqual([]);
      await shot(page, testInfo, `${viewport.width} deciding, sheet lowered`);

      for (let decision = 1; decision <= 2; decision++) {
        await chooseAndWait(page);
        await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
        await shot(page, testInfo, `${viewport.width} after choice ${decision}, sheet raised`);
        const seen = await newestRows(page);
        expect(seen.rows.length, 'the choice and at least one line').toBeGreaterThanOrEqual(2);
        const screen = { left: 0, top: 0, right: seen.viewport.width, bottom: seen.viewport.height };
        for (const row of seen.rows) {
          expect(inside(row, screen), `row ${JSON.stringify(row)} on screen`).toBe(true);
          expect(inside(row, seen.body), `row ${JSON.stringify(row)} not scrolled away in the sheet`).toBe(true);
        }
        expect(
          seen.texts.filter((t) => t.size < 14),
          'text under 14 px',
        ).toEqual([]);
        const total = page.locator('.receipt-compact strong');
        await expect(total).toBeInViewport();
        expect(await total.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(14);
        expect(
          await page.locator('.receipt-compact span').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
        ).toBeGreaterThanOrEqual(14);
        // The stakes, beside the total: the route and the systeemroute up to this month.
        const stakes = page.locator('.receipt-stakes--bar');
        await expect(stakes).toBeInViewport();
        await expect(stakes).toContainText(/Uitgegeven tot en met maand \d+/);
        await expect(stakes.locator('dd')).toHaveText([/^€\u00a0[\d.]+,\d\d$/, /^€\u00a0[\d.]+,\d\d$/]);
        expect(
          await stakes
            .locator('dt')
            .first()
            .evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
        ).toBeGreaterThanOrEqual(14);
        expect(await tornEdgeOverlaps(page)).toEqual([]);
        if (decision === 1) {
          await expectAxeClean(page, `${viewport.width}: sheet raised`);
          // The printer on the stage: at this size its strip shows bars, not text too small to read.
          const path = testInfo.outputPath(`${viewport.width}-stage.png`);
          await toggle(page).click();
          await expect(page.locator('#receipt-body')).toBeHidden();
          await page.evaluate(() => window.scrollTo(0, 0));
          const stage = await page.locator('#stage').boundingBox();
          if (stage) await page.screenshot({ path, clip: stage });
          await testInfo.attach(`${viewport.width} stage after a choice`, { path, contentType: 'image/png' });
          await toggle(page).click();
          await expect(page.locator('#receipt-body')).toBeVisible();
        }
        // "Verder" is reachable above the sheet, and the next decision starts with the sheet lowered.
        await page.getByRole('button', { name: 'Verder', exact: true }).click();
        await expect(storyHeading(page)).not.toHaveText('Wat er gebeurt');
        await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
        await expect(page.locator('.receipt__body')).toBeHidden();
        await expect(page.locator('[data-option]:not([disabled])').first()).toBeVisible();
      }
    });

    test('the sheet lowers and rises with the keyboard, and Escape lowers it', async ({ page }, testInfo) => {
      await openFreshGame(page);
      await startButton(page).click();
      await page.getByRole('button', { name: 'Begin de casus' }).click();
      await chooseAndWait(page);
      await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
      await expect(toggle(page)).toHaveAttribute('aria-controls', 'receipt-body');
      await tabTo(page, 'Kassabon');
      await page.keyboard.press('Enter');
      await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('#receipt-body')).toBeHidden();
      await expect(toggle(page)).toBeFocused();
      await shot(page, testInfo, `${viewport.width} lowered with the keyboard`);
      await page.keyboard.press('Space');
      await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('#receipt-body')).toBeVisible();
      // Escape from inside the sheet: it lowers, and focus goes back to its button rather than into hiding.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('#receipt-body'))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
      await expect(toggle(page)).toBeFocused();
      // Escape from the story lowers it too, and leaves focus where it was.
      await toggle(page).click();
      await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
      await storyHeading(page).focus();
      await page.keyboard.press('Escape');
      await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
      await expect(storyHeading(page)).toBeFocused();
    });
  });
}

test.describe('a short screen (640×360: a phone on its side, a laptop at 400 % zoom)', () => {
  test.use({ viewport: { width: 640, height: 360 } });
  test('the sheet keeps to its bar after a choice, with the total in view, and rises when asked', async ({ page }, testInfo) => {
    await openFreshGame(page);
    await startButton(page).click();
    await page.getByRole('button', { name: 'Begin de casus' }).click();
    await chooseAndWait(page);
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('.receipt-compact strong')).toBeInViewport();
    await page.getByRole('button', { name: 'Verder', exact: true }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: 'Verder', exact: true })).toBeInViewport();
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(sheet(page).locator('.receipt-line').last()).toBeInViewport();
    expect(await tornEdgeOverlaps(page)).toEqual([]);
    await shot(page, testInfo, '640x360 raised by the player');
  });
});

test.describe('1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  test('the kassabon stays beside the story, with the stakes under its total and no sheet button', async ({ page }, testInfo) => {
    await openFreshGame(page);
    await startButton(page).click();
    await page.getByRole('button', { name: 'Begin de casus' }).click();
    await chooseAndWait(page);
    const panel = await sheet(page).boundingBox();
    const story = await page.locator('.story').boundingBox();
    expect(panel && story && panel.x >= story.x + story.width).toBe(true);
    await expect(toggle(page)).toBeHidden();
    await expect(sheet(page).locator('.receipt-stakes--pinned')).toBeInViewport();
    await expect(sheet(page).locator('.receipt-stakes--pinned')).toContainText(
      /Uitgegeven tot en met maand \d+Jouw route€\u00a0[\d.]+,\d\dSysteemroute€\u00a0[\d.]+,\d\d/,
    );
    expect(await tornEdgeOverlaps(page)).toEqual([]);
    await shot(page, testInfo, '1366 after a choice');
  });
});
