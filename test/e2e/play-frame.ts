import { expect, type FrameLocator, type Page } from '@playwright/test';
import { consequenceLeadsTo } from './fixtures.ts';

/** Plays the open casus to its debrief by always choosing the first available option (and argument); works inside a frame too. */
export async function playFirstOptions(root: Page | FrameLocator): Promise<number> {
  await root.getByRole('button', { name: 'Begin de casus' }).click();
  for (let decision = 1; decision <= 20; decision++) {
    await root.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
    // An argued choice asks for an argument first: give the first one.
    const argument = root.locator('[data-argument]').first();
    const happened = root.getByRole('heading', { level: 2, name: 'Wat er gebeurt' });
    await expect(argument.or(happened)).toBeVisible({ timeout: 20_000 });
    if (await argument.isVisible()) await argument.click();
    await expect(happened).toBeVisible({ timeout: 20_000 });
    if ((await consequenceLeadsTo(root)) === 'debrief') {
      await root.getByRole('button', { name: 'Naar de nabespreking' }).click();
      await expect(root.getByTestId('overall-score')).toBeVisible();
      return decision;
    }
    await root.getByRole('button', { name: 'Verder' }).click();
  }
  throw new Error('No ending within 20 decisions');
}
