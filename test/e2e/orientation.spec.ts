import { expect, openFreshGame, startButton, test } from './fixtures.ts';

test('each decision says where the player is in the casus, in both languages', async ({ page }) => {
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await expect(page.locator('.story-card .eyebrow')).toHaveText(/^Beslismoment 1 van (ongeveer )?\d+ · /);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('.story-card .eyebrow')).toHaveText(/^Decision 1 of (about )?\d+ · /);
});
