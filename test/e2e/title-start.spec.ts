import type { Page, TestInfo } from '@playwright/test';
import { SCENARIO, expect, openFreshGame, startButton, storyHeading, test } from './fixtures.ts';
import { wcagAxe } from './axe.ts';

/** Issue 16, item 4: a title that starts. The casussen come first at every size a trainee plays on. */
const SIZES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
] as const;

const firstStart = (page: Page) => page.getByRole('button', { name: /^Start casus / }).first();

async function shot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name.replace(/\W+/g, '-')}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

async function axeClean(page: Page) {
  const results = await wcagAxe(page).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** How many Tab presses from where focus is after load until the first "Start casus" has it (null: not within `max`). */
async function tabsToFirstStart(page: Page, max: number): Promise<number | null> {
  const start = firstStart(page);
  for (let presses = 0; presses <= max; presses++) {
    if (await start.evaluate((el) => el === document.activeElement)) return presses;
    await page.keyboard.press('Tab');
  }
  return null;
}

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the first Start casus is on the first screen and six Tabs away; the top bar is small and opaque; no ring on the heading', async ({
      page,
    }, testInfo) => {
      await openFreshGame(page);
      const heading = page.getByRole('heading', { level: 1, name: 'Kostenbewust Interveniëren' });
      await expect(heading).toBeFocused();
      // Focused by the script for keyboard and screen-reader users, but no ring shows for a mouse user.
      expect(await heading.evaluate((el) => el.matches(':focus-visible'))).toBe(false);
      // A first visit: "Zo werkt het" in three short steps above the cards.
      const intro = page.getByRole('region', { name: 'Zo werkt het, in drie stappen' });
      await expect(intro.getByRole('listitem')).toHaveCount(3);
      await shot(page, testInfo, `title ${size.width}x${size.height}`);

      const box = await firstStart(page).boundingBox();
      expect(box, 'the first Start casus has a box').not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, 'the first Start casus is inside the first screen').toBeLessThanOrEqual(size.height);
      expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
      const introBox = await intro.boundingBox();
      expect(introBox!.y + introBox!.height, 'the steps are above the cards').toBeLessThanOrEqual(box!.y);

      const bar = await page
        .locator('.topbar')
        .evaluate((el) => ({ height: el.getBoundingClientRect().height, background: getComputedStyle(el).backgroundColor }));
      if (size.width < 600) expect(bar.height, 'top bar at most 10 % of a phone screen').toBeLessThanOrEqual(size.height * 0.1);
      else expect(bar.height).toBeLessThanOrEqual(72);
      const alpha =
        bar.background.match(/rgba?\([^)]*\)/) && bar.background.startsWith('rgba')
          ? Number(bar.background.split(',').at(-1)!.replace(')', ''))
          : 1;
      expect(alpha, `top bar background ${bar.background} is opaque`).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll').toBeLessThanOrEqual(size.width);

      expect(await tabsToFirstStart(page, 6), 'Tabs from the focused heading to the first Start casus').not.toBeNull();
      await expect(firstStart(page)).toBeFocused();
      // A keyboard user does see where focus is.
      expect(await firstStart(page).evaluate((el) => el.matches(':focus-visible'))).toBe(true);
      await axeClean(page);
    });

    test('opening a casus scrolls the story into view with "Terug naar overzicht" clear of the top bar', async ({ page }, testInfo) => {
      await openFreshGame(page);
      await startButton(page).click();
      await expect(page.getByRole('heading', { level: 2, name: SCENARIO.nl })).toBeFocused();
      await page.getByRole('button', { name: 'Begin de casus' }).click();
      await expect(storyHeading(page)).toBeFocused();
      await shot(page, testInfo, `moment ${size.width}x${size.height}`);
      const barBottom = await page.locator('.topbar').evaluate((el) => el.getBoundingClientRect().bottom);
      const back = await page.getByRole('button', { name: /Terug naar overzicht/ }).boundingBox();
      expect(back!.y, '"Terug naar overzicht" is below the top bar').toBeGreaterThanOrEqual(barBottom);
      const story = await storyHeading(page).boundingBox();
      expect(story!.y).toBeGreaterThanOrEqual(barBottom);
      expect(story!.y + story!.height).toBeLessThanOrEqual(size.height);
    });
  });
}

test('the theme filter is one compact control that still filters; the intro is dismissed once and remembered', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openFreshGame(page);
  const toggle = page.getByRole('button', { name: /^Filter op thema/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('group', { name: 'Filter op thema' })).toBeHidden();
  const total = await page.locator('.casus-list > li').count();
  await expect(page.locator('.theme-filter').getByRole('status')).toHaveText(`${total} van ${total} casussen`);

  await toggle.click();
  const group = page.getByRole('group', { name: 'Filter op thema' });
  await expect(group).toBeVisible();
  await group.getByRole('button', { name: 'Opvoeding' }).click();
  const shown = await page.locator('.casus-list > li:not([hidden])').count();
  expect(shown).toBeLessThan(total);
  await expect(toggle).toHaveAccessibleName('Filter op thema · 1 gekozen');
  await shot(page, testInfo, 'filter open');
  // Escape closes it and gives focus back to the toggle.
  await group.getByRole('button', { name: 'Opvoeding' }).press('Escape');
  await expect(toggle).toBeFocused();
  await expect(group).toBeHidden();

  await page.getByRole('button', { name: 'Begrepen, verberg deze uitleg' }).click();
  await expect(page.getByRole('region', { name: 'Zo werkt het, in drie stappen' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Kies een casus' })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // Only the full "Zo werkt het" further down is left, and a link leads to it.
  await expect(page.getByRole('button', { name: /^Begrepen/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Zo werkt het' }).click();
  const how = page.getByRole('heading', { level: 2, name: 'Zo werkt het' });
  await expect(how).toBeInViewport();
  const barBottom = await page.locator('.topbar').evaluate((el) => el.getBoundingClientRect().bottom);
  expect((await how.boundingBox())!.y, 'the linked heading is not under the top bar').toBeGreaterThanOrEqual(barBottom);
  await shot(page, testInfo, 'full how-to after the link');
  await expect(page.locator('.theme-filter').getByRole('status')).toHaveText(`${shown} van ${total} casussen`);
});
