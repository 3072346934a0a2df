import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openFreshGame, storyHeading, test, startButton, consequenceLeadsTo } from './fixtures.ts';

async function expectNoViolations(page: Page, where: string) {
  // Contrast is measured on what the player reads, not on a line halfway through its fade-in.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

test('every screen passes axe WCAG 2.1 AA checks', async ({ page }) => {
  await openFreshGame(page);
  await expectNoViolations(page, 'title');
  await startButton(page).click();
  await expectNoViolations(page, 'briefing');
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await expectNoViolations(page, 'decision');
  for (;;) {
    await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
    await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
    if ((await consequenceLeadsTo(page)) === 'debrief') {
      await expectNoViolations(page, 'consequence');
      await page.getByRole('button', { name: 'Naar de nabespreking' }).click();
      break;
    }
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  await expect(page.getByTestId('overall-score')).toBeVisible();
  await expectNoViolations(page, 'debrief');
  await page.getByRole('button', { name: 'English' }).click();
  await expectNoViolations(page, 'debrief in English');
});
