import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  SCENARIO,
  expect,
  openDebriefSection,
  playOnToDebrief,
  playToDebrief as playFirstToDebrief,
  storyHeading,
  test,
} from './fixtures.ts';
import { finishedAttempt, openFinishedDebrief } from './finished-save.ts';

// The kassabon's lines print at once: printing is kassabon.spec.ts's subject (and the phone layout walk's), not this file's.
test.use({ reducedMotion: 'reduce' });

/** The debrief's chart is drawn. */
async function chartDrawn(page: Page): Promise<void> {
  await expect(page.locator('[data-chart="lines"] canvas').first()).toBeAttached({ timeout: 20_000 });
}

/**
 * The debrief of the first option chosen at once at every moment, from a stored finished attempt: these tests are
 * about the debrief, not the playing (the first test below plays the same route through the UI, and checks that it
 * stores the same save the stored attempt is made of).
 */
async function openDebrief(page: Page): Promise<void> {
  await openFinishedDebrief(page, 'first');
  await chartDrawn(page);
}

test('the debrief compares four routes in euros and values, with a chart, its text and its table', async ({ page }) => {
  await playFirstToDebrief(page, 'first');
  await chartDrawn(page);
  // The route played here is the one finished-save.ts stores for the other tests of this file.
  const stored = await page.evaluate((key) => localStorage.getItem(key), `kostenbewust:save:${SCENARIO.id}`);
  expect(JSON.parse(stored ?? '{}').log, 'the save of the route played').toEqual(JSON.parse(finishedAttempt('first').save).log);
  await page.getByRole('button', { name: 'Alles openen' }).click();
  await expect(page.getByRole('button', { name: 'Alles sluiten' })).toBeVisible();
  const rows = page.locator('.compare-table tbody tr');
  await expect(rows.first()).toHaveAttribute('data-route', 'yours');
  await expect(rows.locator('th')).toContainText(['Jouw route', 'Best gebalanceerd', 'Steeds de goedkoopste', 'Systeemroute']);
  await expect(page.getByTestId('compare-words')).toContainText('de best gebalanceerde route');
  await expect(page.getByTestId('chart-summary')).toContainText('Na 24 maanden kost jouw route');
  // Tick labels a reader can read; each legend key drawn as its line: a route in its colour and dash, a decision as a shape in ink.
  await expect(page.locator('[data-chart="lines"]')).toHaveAttribute('data-tick-px', /^\d+$/, { timeout: 20_000 });
  expect(Number(await page.locator('[data-chart="lines"]').getAttribute('data-tick-px')), 'chart tick labels').toBeGreaterThanOrEqual(12);
  const key = (meaning: string) => page.locator(`.chart-legend [data-key="${meaning}"] svg`);
  await expect(key('systeem').locator('line')).toHaveAttribute('stroke-dasharray', '3 4');
  await expect(key('decision').locator('path')).toHaveCount(1);
  expect(await key('systeem').locator('line').getAttribute('stroke')).not.toBe(
    await key('decision').locator('line').getAttribute('stroke'),
  );
  await page.getByText('Toon de cijfers per maand').click();
  await expect(page.locator('.chart-table tbody tr')).toHaveCount(24);
  await expect(page.getByTestId('wrong-pocket')).not.toBeEmpty();
  await expect(page.getByRole('heading', { name: 'Opschalen' })).toBeVisible();
  await expect(page.locator('.reflection-list li')).toHaveCount(5);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Routes side by side' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('chart-summary')).toContainText('After 24 months your route costs');
  // The triangle's dashed reference outline, said in words too.
  await expect(page.getByTestId('triangle-reference')).toContainText(
    'standard route (systeemroute), for comparison. By the same rules it scores 50 on legitimacy',
  );
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByTestId('triangle-reference')).toContainText('De stippellijn in de driehoek is de systeemroute');
});

test('the debrief names each landmark once, with every section open', async ({ page }) => {
  await openDebrief(page);
  await page.getByRole('button', { name: 'Alles openen' }).click();
  await expect(page.getByRole('button', { name: 'Alles sluiten' })).toBeVisible();
  // Not a WCAG rule (the scans elsewhere run those): a screen reader's list of landmarks without doubles. A table's
  // scroll box used to be a second region named by its section's heading.
  const { violations } = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withRules(['landmark-unique'])
    .analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
});

test('the debrief prints as a clean portfolio page: no controls, the chart, room to write', async ({ page }, testInfo) => {
  await openDebrief(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Speel opnieuw' })).toBeHidden();
  await expect(page.locator('[data-chart="lines"] canvas').first()).toBeVisible();
  await expect(page.locator('.compare-table')).toBeVisible();
  const lines = page.locator('.reflection-list__lines').first();
  await expect(lines).toBeVisible();
  expect((await lines.boundingBox())!.height).toBeGreaterThan(40);
  const shot = await page.screenshot({ fullPage: true });
  await testInfo.attach('debrief-print.png', { body: shot, contentType: 'image/png' });
  expect(shot.length).toBeGreaterThan(20_000);
});

test('download my result gives the documented JSON and CSV, without names', async ({ page }) => {
  await openDebrief(page);
  await openDebriefSection(page, 'Bewaren');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download resultaat (JSON)' }).click(),
  ]);
  const record = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(record).toMatchObject({ kind: 'kostenbewust-resultaat', version: 1, casusId: 'twee-zonen', horizonMonths: 24 });
  expect(record.routes.map((r: { kind: string }) => r.kind).slice(0, 4)).toEqual(['yours', 'best', 'cheapest', 'systeem']);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download resultaat (CSV)' }).click()]);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.split('\r\n')[0]).toBe(
    'kind,version,casusId,completedAt,section,key,totalCents,legitimiteit,betrokkenheid,rendement,overall,systeemCents',
  );
  for (const body of [JSON.stringify(record), text]) expect(body).not.toMatch(/Sandra|Dave|Milan|Ruud/);
});

test('"speel vanaf hier opnieuw" survives a reload, and the attempts are compared side by side', async ({ page }) => {
  await openDebrief(page);
  await expect(page.locator('.debrief__attempts')).toContainText('eerste afgeronde poging');
  await openDebriefSection(page, 'Wat als');
  const decision = page.locator('details.whatif[data-decision="2"]');
  await decision.locator(':scope > summary').click();
  await expect(decision.locator('.whatif__option').first()).toContainText('Kassabon:');
  await decision.getByRole('button', { name: 'Speel vanaf beslissing 2 opnieuw' }).click();
  await expect(page.getByText('Beslismoment 2')).toBeVisible({ timeout: 20_000 });
  const heading = await storyHeading(page).textContent();

  await page.reload();
  await page.getByRole('button', { name: 'Verder spelen' }).click();
  await expect(storyHeading(page)).toHaveText(heading ?? '');
  await expect(page.getByText('Beslismoment 2')).toBeVisible();

  await playOnToDebrief(page, 'last');
  await expect(page.locator('.attempts-table tbody tr')).toHaveCount(2, { timeout: 20_000 });
  await page.reload();
  await page.getByRole('button', { name: 'Nabespreking bekijken' }).click();
  await expect(page.locator('.attempts-table tbody tr')).toHaveCount(2, { timeout: 20_000 });
});
