import type { Page } from '@playwright/test';
import { expect, openFreshGame, startButton, storyHeading, test } from './fixtures.ts';

const receipt = (page: Page) => page.getByRole('region', { name: /Kassabon/ });

/** Plays `decisions` choices (the last option each time), checking the kassabon while and after it prints. */
async function playWatchingTheReceipt(page: Page, decisions: number, inView: (page: Page) => Promise<void>) {
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  for (let decision = 1; decision <= decisions; decision++) {
    await page.locator('[data-option]').first().click();
    // While printing: each new line in view as it appears.
    await expect(page.getByRole('button', { name: 'Toon de hele bon' }).or(storyHeading(page).getByText('Wat er gebeurt'))).toBeVisible();
    await inView(page);
    await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
    await inView(page);
    const next = page.getByRole('button', { name: 'Verder', exact: true });
    if (!(await next.isVisible())) break;
    await next.click();
  }
}

test.describe('1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  test('the newest kassabon line and the route total stay in view as the receipt grows', async ({ page }) => {
    await playWatchingTheReceipt(page, 5, async (p) => {
      await expect(receipt(p).locator('.receipt-line').last()).toBeInViewport();
      await expect(receipt(p).getByTestId('receipt-total')).toBeInViewport();
    });
    // The lines outgrew the panel: it scrolled itself to keep the newest in view.
    expect(await receipt(page).locator('.receipt__scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });
});

test.describe('a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('a compact running total stays on screen', async ({ page }) => {
    await playWatchingTheReceipt(page, 3, async (p) => {
      const compact = p.locator('.receipt-compact');
      await expect(compact).toBeInViewport();
      // Read together: the receipt may print a line between two separate reads.
      await expect.poll(() => p.evaluate(() =>
        document.querySelector('.receipt-compact strong')?.textContent === document.querySelector('[data-testid="receipt-total"]')?.textContent)).toBe(true);
    });
  });
});

test('a choice that costs nothing prints a line, and each Totaal label has one meaning', async ({ page }) => {
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await page.getByRole('button', { name: /Het even aankijken/ }).click();
  await expect(receipt(page).locator('.receipt-line--zero')).toContainText('Geen kosten');
  await expect(receipt(page).locator('.receipt-line--zero')).toContainText('€ 0,00');
  await expect(receipt(page).locator('.receipt-total')).toContainText('Jouw route tot nu');
});

test('an amount cited from the casus’s own publication names its title, not only a document number', async ({ page }) => {
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  const title = /^‘Doen wat nodig is’ \(document 002\), regel \d+$/;
  const titled = receipt(page).locator('.receipt-source p', { hasText: title });
  for (let decision = 1; decision <= 8; decision++) {
    await page.locator('[data-option]').first().click();
    await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
    if ((await titled.count()) > 0) break;
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
  }
  const source = receipt(page).locator('.receipt-source').filter({ has: page.locator('p', { hasText: title }) }).first();
  await source.locator('summary').click();
  await expect(source.locator('p')).toBeVisible();
  // A publication the casus does not rest on keeps its number (the game knows no title for it).
  await expect(receipt(page).locator('.receipt-source p', { hasText: /^Document 002/ })).toHaveCount(0);
});
