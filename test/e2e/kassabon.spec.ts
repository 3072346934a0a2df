import type { Page } from '@playwright/test';
import { expect, openFreshGame, startButton, storyHeading, test, consequenceLeadsTo } from './fixtures.ts';

const receipt = (page: Page) => page.getByRole('region', { name: /Kassabon/ });

/** Plays `decisions` choices (the last option each time), checking the kassabon while and after it prints. */
async function playWatchingTheReceipt(page: Page, decisions: number, inView: (page: Page) => Promise<void>) {
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  for (let decision = 1; decision <= decisions; decision++) {
    await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
    // While printing: each new line in view as it appears.
    await expect(page.getByRole('button', { name: 'Toon de hele bon' }).or(storyHeading(page).getByText('Wat er gebeurt'))).toBeVisible();
    await inView(page);
    await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
    await inView(page);
    if ((await consequenceLeadsTo(page)) === 'debrief') break;
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
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
    expect(
      await receipt(page)
        .locator('.receipt__scroll')
        .evaluate((el) => el.scrollTop),
    ).toBeGreaterThan(0);
  });
});

test.describe('a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('a compact running total stays on screen', async ({ page }) => {
    await playWatchingTheReceipt(page, 3, async (p) => {
      const compact = p.locator('.receipt-compact');
      await expect(compact).toBeInViewport();
      // Read together: the receipt may print a line between two separate reads.
      await expect
        .poll(() =>
          p.evaluate(
            () =>
              document.querySelector('.receipt-compact strong')?.textContent ===
              document.querySelector('[data-testid="receipt-total"]')?.textContent,
          ),
        )
        .toBe(true);
      // The same figure in the same face: the receipt's, with a plain zero.
      // Polled: the total is redrawn as lines print, and a replaced element reads an empty style for that moment.
      await expect.poll(() => compact.locator('strong').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Courier Prime"?/);
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

test('the kassabon reads like a till receipt: its own fixed-width face with a plain zero, "€" glued to its amount', async ({ page }) => {
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await page.getByRole('button', { name: /Het even aankijken/ }).click();
  const amount = receipt(page).locator('.receipt-line--zero .receipt-line__subtotal');
  await expect(amount).toContainText('0,00');
  expect(await amount.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Courier Prime"?/);
  // The face shipped with the app is the one drawn, not a system fallback.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.fonts.check('16px "Courier Prime"', '0') &&
          [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Courier Prime' && f.status === 'loaded'),
      ),
    )
    .toBe(true);
  // No breakable space between "€" and its figures.
  expect(await receipt(page).getByTestId('receipt-total').textContent()).toMatch(/^€\u00a0\d/);
  // Twee zonen books no shared tariff: the receipt says so instead of naming a tariff set that changes nothing.
  await expect(receipt(page).getByTestId('receipt-tariffs')).toHaveText(
    'Deze casus gebruikt geen gedeelde tarieven: de bedragen komen uit de casus zelf.',
  );
});

test('a cited amount names its publication, publisher and year, with the quote', async ({ page }) => {
  // What the printed receipt says is the subject here, not its printing: the lines print at once.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  const cited = receipt(page).locator('.receipt-source:not(.receipt-source--estimate)');
  // Choosing the last option until the kassabon cites a source: it is printed whole once the consequence shows.
  for (let decision = 1; decision <= 8; decision++) {
    await page.locator('[data-option]:not([disabled]):not(.option--argued)').last().click();
    await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
    if ((await cited.count()) > 0 || (await consequenceLeadsTo(page)) === 'debrief') break;
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
  }
  const source = cited.first();
  await source.getByText('Bron', { exact: true }).click();
  await expect(source.locator('.receipt-source__name')).toHaveText(
    /^(Doen wat nodig is \(City Deal Inclusieve Stad, 2016\)|Een sociaal sociaal domein \(gemeente Utrecht, 2020\)|Reflectiesessie City Deal Inclusieve stad \(Platform31, 2017\)), regel \d+$/,
  );
  await expect(source.locator('blockquote')).toHaveText(/^“.+”$/);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(receipt(page).locator('.receipt-source__name').first()).toHaveText(
    /\((City Deal Inclusive City, 2016|City of Utrecht, 2020|Platform31, 2017)\), line \d+$/,
  );
});
