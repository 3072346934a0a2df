import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { broken, scenario, valid } from './result-files.ts';
import { wcagAxe } from './axe.ts';

async function openOverview(page: Page) {
  await page.goto('./resultaten-overzicht.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Klasoverzicht uit resultaatbestanden' })).toBeVisible();
}

test('the results overview loads three valid files and reports two broken ones, each with a calm sentence', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.method()));
  await openOverview(page);
  await page
    .getByLabel('Kies resultaatbestanden (.json, meerdere tegelijk)')
    .setInputFiles([valid[0]!, broken[0]!, valid[1]!, broken[1]!, valid[2]!]);
  await expect(page.getByRole('status').first()).toHaveText('3 resultaten geladen, 2 bestanden overgeslagen.');
  const skipped = page.getByRole('region', { name: 'Overgeslagen bestanden' });
  await expect(skipped.getByRole('listitem')).toHaveCount(2);
  await expect(skipped).toContainText('kapot.json: dit bestand is geen resultaatbestand (het is geen JSON).');
  await expect(skipped).toContainText('oud.json: dit resultaat hoort bij een andere versie van de casus ‘twee-zonen’.');

  const scenarioRegion = page.getByRole('region', { name: 'Twee zonen' });
  await expect(scenarioRegion.getByTestId('result-count')).toHaveText('3 resultaten');
  // The first moment: everyone reached it, each of the three took another option.
  const first = scenarioRegion.getByRole('table', { name: /De melding \(bereikt door 3\)/ });
  await expect(first.getByRole('row')).toHaveCount(1 + scenario.moments.signaal!.options.length);
  await expect(first).toContainText('33%');
  await expect(scenarioRegion.getByRole('table', { name: 'Spreiding van de scores (0–100) in de groep' }).getByRole('row')).toHaveCount(5);
  await expect(scenarioRegion.getByRole('table', { name: 'Totale kosten van de routes' })).toContainText('€');
  await expect(scenarioRegion).toContainText('30 vergelijkbare huishoudens');
  await expect(scenarioRegion).toContainText('De groep zoals gespeeld (3 huishoudens samen)');
  // Nothing is uploaded: the page made no request after loading, and certainly no POST.
  expect(requests.filter((method) => method !== 'GET')).toEqual([]);

  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const axe = await wcagAxe(page).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Class overview from result files' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Skipped files' })).toContainText('kapot.json: this is not a result file');
});

test('files dropped on the box are read too, and the same result twice counts once', async ({ page }) => {
  await openOverview(page);
  const drop = async (files: typeof valid) => {
    const transfer = await page.evaluateHandle(
      (list) => {
        const data = new DataTransfer();
        for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
        return data;
      },
      files.map((f) => ({ name: f.name, text: f.buffer.toString('utf8') })),
    );
    await page.getByRole('region', { name: 'Resultaatbestanden kiezen' }).dispatchEvent('drop', { dataTransfer: transfer });
  };
  await drop([valid[0]!, valid[1]!]);
  await expect(page.getByRole('region', { name: 'Twee zonen' }).getByTestId('result-count')).toHaveText('2 resultaten');
  await drop([valid[1]!]);
  await expect(page.getByRole('region', { name: 'Overgeslagen bestanden' })).toContainText(
    'bram.json: dit resultaat is al geladen. Het telt één keer.',
  );
  await expect(page.getByRole('region', { name: 'Twee zonen' }).getByTestId('result-count')).toHaveText('2 resultaten');
  await page.getByRole('button', { name: 'Overzicht leegmaken' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Nog geen resultaten geladen.');
});
