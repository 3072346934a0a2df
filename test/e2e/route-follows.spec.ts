import { expect, storyHeading, test } from './fixtures.ts';

// The kassabon's lines print at once: printing is kassabon.spec.ts's subject (and the phone layout walk's), not this file's.
test.use({ reducedMotion: 'reduce' });

// Format 3 on screen: a choice the route closed is shown, disabled, with why; the stage's words follow an eviction.
test('a closed choice stays visible and disabled with its reason, and the household line follows an eviction', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./?casus=huisuitzetting');
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await page.getByRole('button', { name: /^Nog een brief sturen/ }).click();
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Verder', exact: true }).click();

  const closed = page.getByRole('button', { name: /^Huurtoeslag terug, een regeling/ });
  await expect(closed).toBeDisabled();
  await expect(closed).toHaveAccessibleDescription(/Kan niet: voor een plan dat de corporatie vertrouwt/);

  await page.getByRole('button', { name: /haar gang laten gaan/ }).click();
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  await expect(page.locator('.household-line')).toContainText(/nu zonder dak boven het hoofd|nu in de opvang|nu op een andere plek/);
});
