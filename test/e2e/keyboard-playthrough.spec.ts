import { expect, openFreshGame, storyHeading, tabTo, tabToFirstOption, test, startButton, consequenceLeadsTo } from './fixtures.ts';

test('a keyboard-only player reaches the debrief with kassabon and scores', async ({ page }) => {
  await openFreshGame(page);
  // The cards come first: past the short "Zo werkt het" and the one theme filter button, then card by card.
  await tabTo(page, 'Start casus Twee zonen', 60);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Twee zonen' })).toBeFocused();
  await tabTo(page, 'Begin de casus');
  await page.keyboard.press('Enter');

  const receipt = page.getByRole('region', { name: /Kassabon/ });
  await expect(receipt).toBeVisible();

  for (let decision = 1; decision <= 10; decision++) {
    await expect(storyHeading(page)).toBeFocused();
    await expect(page.getByText(`Beslismoment ${decision}`)).toBeVisible();
    await tabToFirstOption(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Wat er gebeurt' })).toBeFocused({ timeout: 15_000 });
    await expect(page.getByText(/Legitimiteit/).first()).toBeVisible();
    if ((await consequenceLeadsTo(page)) === 'debrief') {
      await tabTo(page, 'Naar de nabespreking');
      await page.keyboard.press('Enter');
      break;
    }
    await tabTo(page, 'Verder');
    await page.keyboard.press('Enter');
  }

  await expect(page.getByText('Nabespreking', { exact: true })).toBeVisible();
  // The lesson first; the rest opens from its heading buttons, with the keyboard too.
  await expect(page.getByTestId('lesson-money')).toContainText('Systeemroute');
  for (const section of ['Waardendriehoek', 'Wie betaalt, wie bespaart', 'De kassabonnen: jouw route en de systeemroute']) {
    await tabTo(page, section);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: section, exact: true })).toHaveAttribute('aria-expanded', 'true');
  }
  for (const value of ['Legitimiteit', 'Betrokkenheid', 'Rendement']) {
    const item = page
      .getByRole('listitem')
      .filter({ hasText: value })
      .filter({ has: page.locator('.score__number') });
    await expect(item.locator('.score__number')).toHaveText(/^\d{1,3}$/);
  }
  await expect(page.getByRole('region', { name: /Kassabon: jouw route/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Kassabon: systeemroute/ })).toContainText('Begeleid wonen');
  await expect(page.getByRole('table').filter({ hasText: 'Betaler' })).toContainText('Totaal');

  // A finished casus is offered as finished, and its debrief can be opened again.
  await page.reload();
  await expect(page.getByText('Je hebt deze casus afgerond.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nabespreking bekijken' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('overall-score')).toBeVisible();
});

test('every choice prints receipt lines with frequency, duration and payer', async ({ page }) => {
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  const receipt = page.getByRole('region', { name: /Kassabon/ });
  const total = receipt.getByTestId('receipt-total');
  await expect(total).toHaveText('€ 0,00');
  await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
  await expect(page.getByRole('heading', { name: 'Wat er gebeurt' })).toBeVisible({ timeout: 15_000 });
  await expect(receipt.locator('.receipt-line').first()).toContainText('Betaalt:');
  await expect(total).not.toHaveText('€ 0,00');
});
