import type { Page } from '@playwright/test';
import { SCENARIO, expect, openFreshGame, startButton, storyHeading, test } from './fixtures.ts';

// The kassabon's lines print at once: printing is kassabon.spec.ts's subject (and the phone layout walk's), not this file's.
test.use({ reducedMotion: 'reduce' });

const SAVE_KEY = `kostenbewust:save:${SCENARIO.id}`;
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);

async function playOneChoice(page: Page, option: 'first' | 'last' = 'first') {
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await page.locator('[data-option]:not([disabled]):not(.option--argued)')[option]().click();
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
}

test("a second tab notices the first tab's progress and never deletes it without asking", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openFreshGame(first);
  await openFreshGame(second);
  await expect(startButton(second)).toBeVisible();

  await startButton(first).click();
  await playOneChoice(first);
  const saved = await stored(first);
  expect(saved).not.toBeNull();

  // The second tab's title now offers the stored progress instead of a fresh start.
  await expect(second.getByRole('button', { name: `Verder spelen ${SCENARIO.nl}` })).toBeVisible();
  await expect(startButton(second)).toHaveCount(0);
  expect(await stored(second)).toBe(saved);
});

test('a stale "Start casus" in a tab that missed the news asks instead of deleting the progress', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  // The second tab hears nothing from the first (as when the event came while it was busy).
  await second.addInitScript(() => window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true));
  await openFreshGame(first);
  await openFreshGame(second);
  await startButton(first).click();
  await playOneChoice(first);
  const saved = await stored(first);

  await startButton(second).click();
  await expect(second.getByRole('alert')).toContainText('in een ander tabblad gespeeld');
  await expect(second.getByRole('button', { name: `Verder spelen ${SCENARIO.nl}` })).toBeVisible();
  expect(await stored(second)).toBe(saved);
});

test('a tab whose casus moved on in another tab stops saving and asks', async ({ context }) => {
  const first = await context.newPage();
  await openFreshGame(first);
  await startButton(first).click();
  await playOneChoice(first);

  const second = await context.newPage();
  await openFreshGame(second);
  await second.getByRole('button', { name: `Verder spelen ${SCENARIO.nl}` }).click();
  // Resumed at the first tab's consequence; only then is 'Verder' that screen's button (not 'Verder spelen' on the title).
  await expect(storyHeading(second)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
  await second.getByRole('button', { name: 'Verder', exact: true }).click();
  await second.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
  await expect(storyHeading(second)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
  const secondsProgress = await stored(second);

  const notice = first.locator('[data-notice="other-tab"]');
  await expect(notice).toContainText('ander tabblad');
  // Playing on here does not overwrite the other tab's progress while the question stands.
  await first.getByRole('button', { name: 'Verder', exact: true }).click();
  await first.locator('[data-option]:not([disabled]):not(.option--argued)').last().click();
  await expect(storyHeading(first)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
  expect(await stored(first)).toBe(secondsProgress);

  await first.getByRole('button', { name: 'Verder waar het andere tabblad is' }).click();
  await expect(notice).toHaveCount(0);
  // The same route as the other tab: its kassabon total, not this tab's.
  const total = (page: Page) => page.getByRole('region', { name: /Kassabon/ }).getByTestId('receipt-total');
  await expect(total(first)).toHaveText((await total(second).textContent()) ?? '');
  expect(await stored(first)).toBe(secondsProgress);
});

test('when storage refuses, a calm notice says progress will not be kept, and the game plays on', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openFreshGame(page);
  const notice = page.locator('[data-notice="storage"]');
  await expect(notice).toContainText('bewaart je voortgang nu niet');
  await expect(page.getByRole('status').filter({ has: notice })).toBeAttached();
  await startButton(page).click();
  await playOneChoice(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(notice).toContainText('not keeping your progress');
});
