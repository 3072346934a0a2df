import type { Locator, Page } from '@playwright/test';
import { expect, openFreshGame, startButton, storyHeading, tabTo, tabToFirstOption, test } from './fixtures.ts';

async function centre(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A double click whose second press lands on what the first one brought up: the first click on `first`,
 * then, once `appeared` is on screen, the second press of the same series (click count 2) on it.
 */
async function doubleClickAcross(page: Page, first: Locator, appeared: Locator) {
  const a = await centre(first);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down({ clickCount: 1 });
  await page.mouse.up({ clickCount: 1 });
  const b = await centre(appeared);
  await page.mouse.move(b.x, b.y);
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
}

async function toFirstDecision(page: Page) {
  await openFreshGame(page);
  await startButton(page).click();
  await expect(page.getByRole('button', { name: 'Begin de casus' })).toBeVisible();
}

const total = (page: Page) => page.getByRole('region', { name: /Kassabon/ }).getByTestId('receipt-total');

test('a double click on "Begin de casus" does not choose an option on the next screen', async ({ page }) => {
  await toFirstDecision(page);
  const option = page.locator('[data-option]:not([disabled]):not(.option--argued)').first();
  await doubleClickAcross(page, page.getByRole('button', { name: 'Begin de casus' }), option);
  await expect(page.getByText('Beslismoment 1')).toBeVisible();
  await expect(option).toBeVisible();
  await expect(total(page)).toHaveText('€ 0,00');
  // A fresh click after the screen appeared does count.
  await option.click();
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
});

test('a double click on "Verder" does not choose an option on the next decision', async ({ page }) => {
  await toFirstDecision(page);
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
  const before = await total(page).textContent();
  await doubleClickAcross(
    page,
    page.getByRole('button', { name: 'Verder' }),
    page.locator('[data-option]:not([disabled]):not(.option--argued)').first(),
  );
  await expect(page.getByText('Beslismoment 2')).toBeVisible();
  await expect(page.locator('[data-option]:not([disabled]):not(.option--argued)').first()).toBeVisible();
  await expect(total(page)).toHaveText(before ?? '');
});

test("a held Enter (key repeat) does not activate the next screen's buttons", async ({ page }) => {
  await toFirstDecision(page);
  await tabTo(page, 'Begin de casus');
  await page.keyboard.down('Enter');
  await expect(page.getByText('Beslismoment 1')).toBeVisible();
  await tabToFirstOption(page);
  // Still held: the browser repeats the key.
  await page.keyboard.down('Enter');
  await page.keyboard.down('Enter');
  await page.keyboard.up('Enter');
  await expect(page.locator('[data-option]:not([disabled]):not(.option--argued)').first()).toBeVisible();
  await expect(total(page)).toHaveText('€ 0,00');
  // A fresh press chooses.
  await page.keyboard.press('Enter');
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
});

test('options say that a choice counts at once', async ({ page }) => {
  await toFirstDecision(page);
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await expect(page.locator('[data-option]:not([disabled]):not(.option--argued)').first()).toHaveAccessibleDescription(/telt meteen/);
});

test.describe('1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  test('focus lands on the new heading without scrolling the stage out of view', async ({ page }) => {
    await toFirstDecision(page);
    await page.getByRole('button', { name: 'Begin de casus' }).click();
    await page.locator('[data-option]:not([disabled]):not(.option--argued)').last().click();
    await expect(storyHeading(page)).toBeFocused();
    await expect(storyHeading(page)).toBeInViewport();
    await expect(page.locator('#stage')).toBeInViewport({ ratio: 0.5 });
    await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
    await expect(storyHeading(page)).toBeInViewport();
    await expect(page.locator('#stage')).toBeInViewport({ ratio: 0.5 });
  });
});

test('embedded below text in a page, the game never scrolls that page', async ({ page }) => {
  await page.route('**/lms/embed.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>LMS</title><h1>Les 3</h1><p style="height:900px">Lees eerst deze tekst.</p>
      <iframe src="kostenbewust/" title="Kostenbewust Interveniëren" style="width:100%;height:700px;border:0"></iframe><p style="height:900px">Na het spel.</p>`,
    }),
  );
  await page.goto('../embed.html');
  const game = page.frameLocator('iframe');
  await expect(startButton(game)).toBeAttached({ timeout: 30_000 });
  expect(await page.evaluate(() => window.scrollY), 'the LMS page after the game loaded').toBe(0);
  const steps: [string, () => Locator][] = [
    ['Start casus', () => startButton(game)],
    ['Begin de casus', () => game.getByRole('button', { name: 'Begin de casus' })],
    ['an option', () => game.locator('[data-option]:not([disabled]):not(.option--argued)').first()],
  ];
  for (const [name, target] of steps) {
    await target().scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await target().click();
    await expect(game.locator('#story-heading')).toBeFocused();
    expect(await page.evaluate(() => window.scrollY), `the LMS page after ${name}`).toBe(before);
  }
});
