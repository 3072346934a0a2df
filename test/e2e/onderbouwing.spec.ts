import { readFileSync } from 'node:fs';
import { expect, openFreshGame, test } from './fixtures.ts';
import { wcagAxe } from './axe.ts';

// A small casus with one argued choice, opened as a trainer's own file (the bundled casussen may change).
const scenario = readFileSync('test/fixtures/scenarios/valid-argue.yaml');

test('an argued choice asks for an argument, can be withdrawn, and shows the verdict with its cost', async ({ page }) => {
  test.setTimeout(120_000);
  await openFreshGame(page);
  await page.locator('#own-casus-file').setInputFiles({ name: 'onderbouwing.yaml', mimeType: 'text/yaml', buffer: scenario });
  await page.getByRole('button', { name: 'Speel ‘Onderbouwing’' }).click({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Begin de casus' }).click();

  const argued = page.getByRole('button', { name: /Een maatwerkbudget/ });
  await expect(argued).toHaveAccessibleDescription(/^Hier moet je je keuze onderbouwen bij \W?de backoffice\W?\.$/);
  await argued.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Onderbouw je keuze' })).toBeFocused();
  await expect(page.getByText('Waarom afwijken van de regels?')).toBeVisible();
  const results = await wcagAxe(page).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // Withdrawing costs nothing: the moment's choices are back, and nothing printed.
  await page.getByRole('button', { name: '← Terug naar de keuzes' }).click();
  await expect(page.getByRole('button', { name: 'De gewone procedure' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kassabon' })).not.toContainText('Maatwerkbudget');

  await argued.click();
  await page.getByRole('button', { name: 'Ze heeft het zwaar.' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Wat er gebeurt' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 3, name: /^Antwoord van \W?de backoffice\W?$/ })).toBeVisible();
  await expect(page.getByText('Toegekend, met vertraging')).toBeVisible();
  await expect(page.getByText('Dat geldt voor iedereen. Kom met een plan.')).toBeVisible();
  const receipt = page.getByRole('region', { name: 'Kassabon' });
  await expect(receipt).toContainText('Maatwerkbudget');
  await expect(receipt).toContainText('Een maand langer wachten');
});
