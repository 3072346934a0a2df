import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, startButton, test } from './fixtures.ts';
import { expectAxeClean, expectNoSidewaysScroll } from './layout-checks.ts';
import { broken, valid } from './result-files.ts';

// The screens the playing walk (layout.spec.ts) does not pass: notices, a trainer's own file with its messages and
// its route map, the trainer view, the results overview and the live class view. Each must fit and pass axe at the
// widths the issue names.

const invalid = readFileSync('test/fixtures/scenarios/invalid-argue.yaml');
const ownScenario = readFileSync('scenarios/twee-zonen.yaml', 'utf8').replace('  nl: "Twee zonen"', '  nl: "Mijn eigen casus"');

async function check(page: Page, where: string) {
  await expectNoSidewaysScroll(page, where);
  await expectAxeClean(page, where);
}

async function chooseOwnFile(page: Page, name: string, content: string | Buffer) {
  await page
    .locator('#own-casus-file')
    .setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') });
}

for (const viewport of [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('notices, an own file with errors, its route map and the trainer view fit and pass axe', async ({ page }) => {
      test.setTimeout(180_000);
      // Storage that refuses and a link with a value the game does not know: two notices above the title.
      await page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await page.goto('./?taal=xx');
      await expect(page.locator('[data-notice="storage"]')).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: 'niet begrepen' })).toBeVisible();
      await check(page, 'title with notices');

      await chooseOwnFile(page, 'onderbouwing-fout.yaml', invalid);
      await expect(page.locator('.own-casus__message').first()).toBeVisible({ timeout: 30_000 });
      await check(page, 'own file with errors');

      await chooseOwnFile(page, 'mijn-casus.yaml', ownScenario);
      await page.getByRole('button', { name: 'Bekijk de routekaart' }).click({ timeout: 30_000 });
      await expect(page.getByRole('region', { name: 'Routekaart: Mijn eigen casus' })).toBeVisible();
      await check(page, 'route map');
      await page.getByRole('button', { name: 'Open de verhaalkaart' }).click();
      await expect(page.getByRole('dialog', { name: 'Verhaalkaart: Mijn eigen casus' }).locator('g[data-moment]').first()).toBeVisible();
      await check(page, 'story map dialog');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await page.goto('./?modus=trainer');
      await startButton(page).click();
      await page.getByRole('button', { name: 'Begin de casus' }).click();
      await expect(page.getByRole('complementary', { name: 'Voor de trainer' })).toBeVisible();
      await check(page, 'trainer view at a decision');
    });

    test('the results overview with loaded and refused files, and the live class view, fit and pass axe', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('./resultaten-overzicht.html');
      await page
        .getByLabel('Kies resultaatbestanden (.json, meerdere tegelijk)')
        .setInputFiles([valid[0]!, broken[0]!, valid[1]!, broken[1]!, valid[2]!]);
      await expect(page.getByRole('status').first()).toHaveText('3 resultaat/resultaten geladen, 2 bestand(en) overgeslagen.', {
        timeout: 30_000,
      });
      await expect(page.getByRole('region', { name: 'Twee zonen' })).toBeVisible();
      await check(page, 'results overview');

      await page.goto('./klas-live.html');
      await expect(page.locator('[data-notice="no-lrs"]')).toBeVisible();
      await check(page, 'live class view without an LRS');
    });
  });
}
