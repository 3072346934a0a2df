import type { Page } from '@playwright/test';
import { SCENARIO, expect, openFreshGame, seedSave, startButton, storyHeading, test } from './fixtures.ts';

// The kassabon's lines print at once: printing is kassabon.spec.ts's subject (and the phone layout walk's), not this file's.
test.use({ reducedMotion: 'reduce' });

async function makeChoices(page: Page, count: number) {
  for (let i = 0; i < count; i++) {
    await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
    await page.getByRole('button', { name: 'Verder' }).click({ timeout: 15_000 });
  }
}

test('reloading offers to resume at the same moment with the same kassabon', async ({ page }) => {
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await makeChoices(page, 2);
  const heading = await storyHeading(page).textContent();
  const total = await page.getByTestId('receipt-total').textContent();
  const lines = await page.locator('.receipt--running .receipt-line').count();

  await page.reload();
  await expect(page.getByText('Je was met deze casus bezig.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verder spelen' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(storyHeading(page)).toHaveText(heading ?? '');
  await expect(page.getByTestId('receipt-total')).toHaveText(total ?? '');
  await expect(page.locator('.receipt--running .receipt-line')).toHaveCount(lines);
  await expect(page.getByText('Beslismoment 3')).toBeVisible();
});

test('starting over from the resume offer begins a fresh casus', async ({ page }) => {
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await makeChoices(page, 1);
  await page.reload();
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await expect(page.getByRole('button', { name: 'Begin de casus' })).toBeVisible();
  await expect(page.getByTestId('receipt-total')).toHaveText('€ 0,00');
});

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), `kostenbewust:${key}`);

test('a corrupt save gives a clear message and a fresh start, and is set aside rather than deleted', async ({ page }) => {
  await seedSave(page, '{ this is not json');
  await openFreshGame(page);
  await expect(page.getByRole('alert')).toContainText('beschadigd');
  await expect(startButton(page)).toBeVisible();
  await page.getByRole('button', { name: 'Begrepen', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await stored(page, `quarantaine:save:${SCENARIO.id}`)).toBe('{ this is not json');
  await startButton(page).click();
  await expect(page.getByRole('button', { name: 'Begin de casus' })).toBeVisible();
});

test('a save from a newer version is kept, with a notice that a newer version made it', async ({ page }) => {
  // A newer build may store events this build does not know.
  const newer = JSON.stringify({
    saveFormat: 99,
    scenarioId: SCENARIO.id,
    savedAt: '2026-01-01T00:00:00.000Z',
    log: [{ type: 'casus.begin' }, { type: 'hint.asked' }],
  });
  await seedSave(page, newer);
  await openFreshGame(page);
  await expect(page.getByRole('alert')).toContainText('gemaakt met een nieuwere versie van het spel');
  await expect(page.getByRole('alert')).not.toContainText('oudere');
  expect(await stored(page, `save:${SCENARIO.id}`)).toBe(newer);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('nieuwere versie');
  await page.getByRole('button', { name: 'Begrepen', exact: true }).click();
  // Starting afresh does not delete it: it moves aside for the newer build.
  await startButton(page).click();
  await expect(page.getByRole('button', { name: 'Begin de casus' })).toBeVisible();
  expect(await stored(page, `quarantaine:save:${SCENARIO.id}`)).toBe(newer);
});

test('a save the edited casus can no longer play is set aside with a clear message when resumed', async ({ page }) => {
  const log = [{ type: 'casus.begin' }, { type: 'choice.selected', optionId: 'een-keuze-die-niet-meer-bestaat' }];
  await seedSave(
    page,
    JSON.stringify({
      saveFormat: 2,
      scenarioId: SCENARIO.id,
      structureHash: 'ffffffff',
      savedAt: '2026-01-01T00:00:00.000Z',
      progress: { decision: 2, month: 3, finished: false },
      log,
    }),
  );
  await openFreshGame(page);
  await page.getByRole('button', { name: `Verder spelen ${SCENARIO.nl}`, exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('oudere versie');
  await startButton(page).click();
  await expect(page.getByRole('button', { name: 'Begin de casus' })).toBeVisible();
});

test('resuming works after a choice that costs nothing', async ({ page }) => {
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await page.getByRole('button', { name: /Het even aankijken/ }).click(); // no costs in the bundled casus
  await expect(page.getByText('Deze keuze kost niets extra.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Verder spelen' }).click();
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt');
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  await expect(page.getByText('Beslismoment 2')).toBeVisible();
});
