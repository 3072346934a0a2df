import type { Page } from '@playwright/test';
import { expect, openFreshGame, startButton, test } from './fixtures.ts';

const stage = '#stage';

const wakes = (page: Page) => page.locator(stage).evaluate((el) => Number((el as HTMLElement).dataset.wakes ?? 0));

test('the stage stops drawing when nothing moves, and draws again for a new moment', { tag: '@stage' }, async ({ page }) => {
  await openFreshGame(page);
  // The title's street is still: the stage draws it, rests, and does not wake while the player reads.
  await expect(page.locator(stage)).toHaveAttribute('data-resting', 'true', { timeout: 45_000 });
  let before = await wakes(page);
  expect(before, 'the title woke the stage once, for its first picture').toBe(1);
  await startButton(page).click();
  await expect.poll(() => wakes(page)).toBeGreaterThan(before);
  await expect(page.locator(stage)).toHaveAttribute('data-resting', 'true', { timeout: 45_000 });
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  before = await wakes(page);
  await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
  await expect.poll(() => wakes(page)).toBeGreaterThan(before);
  await expect(page.getByRole('heading', { name: 'Wat er gebeurt' })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator(stage)).toHaveAttribute('data-resting', 'true', { timeout: 45_000 });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('with reduced motion the title stage rests at once', { tag: '@stage' }, async ({ page }) => {
    await openFreshGame(page);
    await page.waitForFunction(() => performance.getEntriesByName('app:first-phaser-frame').length > 0, undefined, { timeout: 30_000 });
    await expect(page.locator(stage)).toHaveAttribute('data-resting', 'true', { timeout: 5_000 });
  });
});
