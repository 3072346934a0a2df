import { expect, openFreshGame, startButton, test } from './fixtures.ts';

// The kassabon's lines print at once: printing is kassabon.spec.ts's subject (and the phone layout walk's), not this file's.
test.use({ reducedMotion: 'reduce' });

test('the glossary opens from the top bar with the keyboard, explains the terms, and hands focus back', async ({ page }) => {
  await openFreshGame(page);
  const opener = page.getByRole('button', { name: 'Begrippen' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Begrippenlijst' });
  await expect(dialog).toBeVisible();
  for (const term of ['Wmo', 'leenbijstand', 'kostendelersnorm', 'systeemroute', 'waardendriehoek']) {
    await expect(dialog.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Glossary' }).click();
  const english = page.getByRole('dialog', { name: 'Glossary' });
  await expect(english.getByRole('term').filter({ hasText: 'Wmo (Social Support Act)' })).toBeVisible();
  await expect(english.getByRole('definition').filter({ hasText: 'Education Executive Agency' })).toBeVisible();
  await english.getByRole('button', { name: 'Close' }).click();
  await expect(english).toHaveCount(0);
});

test("a term in the casus text opens its explanation in place, as a disclosure, in the player's language", async ({ page }) => {
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  const term = page.locator('.story').getByRole('button', { name: 'wijkteam (uitleg)' });
  await expect(term).toHaveCount(1);
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  const note = page.locator(`#${await term.getAttribute('aria-controls')}`);
  await expect(note).toBeVisible();
  await expect(note).toContainText('het team van sociaal werkers', { ignoreCase: true });
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  // Only the first occurrence on a screen is marked; the options (buttons) are never marked.
  await expect(page.locator('[data-option] .term')).toHaveCount(0);

  await page.getByRole('button', { name: 'English' }).click();
  const english = page.locator('.story button.term').first();
  await english.click();
  await expect(page.locator(`#${await english.getAttribute('aria-controls')}`)).toContainText(/neighbourhood|housing|receipt/i);
});

test('the legal basis on the kassabon explains its law', async ({ page }) => {
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
  const law = page.locator('.receipt__payers').getByRole('button', { name: /Jeugdwet/ });
  await expect(law).toBeVisible({ timeout: 15_000 });
  await law.click();
  await expect(page.locator(`#${await law.getAttribute('aria-controls')}`)).toContainText('jeugdhulp');
});
