import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { parseDocument } from 'yaml';
import { expect, storyHeading, test } from './fixtures.ts';
import { expectAxeClean, expectNoSidewaysScroll } from './layout-checks.ts';
import { valid } from './result-files.ts';
import { expectTablesWhole } from './table-checks.ts';

// Issue #16, items 7 and 2: class mode on a projector, and the class views' tables on any width.

/** Twee zonen as a trainer's own file, with notes on its first moment: a question, a discussion and misconceptions. */
function scenarioWithNotes(): string {
  const doc = parseDocument(readFileSync('scenarios/twee-zonen.yaml', 'utf8'));
  doc.setIn(['title'], doc.createNode({ nl: 'Klascasus', en: 'Class casus' }));
  doc.setIn(
    ['moments', 'signaal', 'facilitator'],
    doc.createNode({
      minutes: 5,
      prompt: { nl: 'Wie bel jij als eerste?', en: 'Whom do you call first?' },
      discuss: { nl: 'Bespreek wie er aan tafel hoort.', en: 'Discuss who belongs at the table.' },
      misconceptions: { nl: 'Doorverwijzen lost het vanzelf op.', en: 'A referral solves it by itself.' },
      source_says: { nl: 'In de bron haalde de wijkcoach vader erbij.', en: 'In the source the coach brought the father in.' },
    }),
  );
  return doc.toString();
}

async function openClassScenario(page: Page) {
  await page.goto('./?modus=klas');
  await page
    .locator('#own-casus-file')
    .setInputFiles({ name: 'klas.yaml', mimeType: 'text/yaml', buffer: Buffer.from(scenarioWithNotes(), 'utf8') });
  await page.getByRole('button', { name: 'Speel ‘Klascasus’' }).click({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await expect(storyHeading(page)).toHaveText('De melding');
}

async function attach(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

const notes = (page: Page) => page.getByRole('complementary', { name: 'Voor de trainer' });

test('class mode at 1920×1080: vote, timer and notes on screen together, body text ≥ 24 px, "Bespreek" only when the trainer shows it', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openClassScenario(page);
  const vote = page.getByRole('region', { name: 'Wat koos de zaal?' });
  const timer = page.getByRole('region', { name: 'Timer' });
  await vote.scrollIntoViewIfNeeded();
  // The whole vote and the whole timer, and the notes from their heading to the question for the room.
  await expect(vote).toBeInViewport({ ratio: 1 });
  await expect(timer).toBeInViewport({ ratio: 1 });
  await expect(notes(page).getByRole('heading', { name: 'Voor de trainer' })).toBeInViewport({ ratio: 1 });
  await expect(notes(page).getByText('Wie bel jij als eerste?')).toBeInViewport({ ratio: 1 });
  const reveal = notes(page).getByRole('button', { name: 'Toon aan de zaal: Bespreek' });
  await expect(reveal).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), 'body text in class mode').toBeGreaterThanOrEqual(
    24,
  );
  expect(
    await vote.evaluate((el) => parseFloat(getComputedStyle(el.querySelector('p')!).fontSize)),
    "the vote's lead",
  ).toBeGreaterThanOrEqual(20);

  // Before the vote nothing meant for the room's discussion is projected.
  await expect(page.getByText('Bespreek wie er aan tafel hoort.')).toBeHidden();
  await expect(page.getByText('Doorverwijzen lost het vanzelf op.')).toBeHidden();
  await expect(reveal).toHaveAttribute('aria-expanded', 'false');
  await expectNoSidewaysScroll(page, 'class decision at 1920');
  await expectAxeClean(page, 'class decision at 1920');
  await attach(page, testInfo, 'class-decision-1920');

  await reveal.click();
  await expect(page.getByText('Bespreek wie er aan tafel hoort.')).toBeVisible();
  await expect(notes(page).getByRole('button', { name: 'Verberg voor de zaal: Bespreek' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('Doorverwijzen lost het vanzelf op.')).toBeHidden();
  await attach(page, testInfo, 'class-decision-1920-discussion-shown');

  // After the vote: the room's result in the story, the notes and timer still beside it.
  await page.locator('.tally__input').nth(0).fill('3');
  await page.locator('.tally__input').nth(1).fill('11');
  await page.getByRole('button', { name: 'Volg de meerderheid' }).click();
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 20_000 });
  await expect(notes(page)).toContainText('In de bron haalde de wijkcoach vader erbij.');
  await expect(page.getByText('Bespreek wie er aan tafel hoort.')).toBeHidden();
  await expectTablesWhole(page, '.class-result', 'class consequence at 1920');
  await page.locator('.class-result').scrollIntoViewIfNeeded();
  await expect(timer).toBeInViewport();
  await expectAxeClean(page, 'class consequence at 1920');
  await attach(page, testInfo, 'class-consequence-1920');
});

test("the room's distribution at 320 px: one card per option, every number in view, no header word broken", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./?modus=klas&casus=twee-zonen');
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  const inputs = page.locator('.tally__input');
  await inputs.nth(0).fill('3');
  await inputs.nth(1).fill('12');
  await inputs.nth(2).fill('5');
  await page.getByRole('button', { name: 'Volg de meerderheid' }).click();
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 20_000 });
  const table = page.locator('.class-distribution');
  await table.scrollIntoViewIfNeeded();
  for (const text of ['12', '60%', '15%', '25%', 'gekozen']) await expect(table.getByText(text, { exact: true }).first()).toBeVisible();
  await expectTablesWhole(page, '.class-result', 'class consequence at 320');
  await expectNoSidewaysScroll(page, 'class consequence at 320');
  await expectAxeClean(page, 'class consequence at 320');
  await attach(page, testInfo, 'class-distribution-320');
});

for (const [width, height] of [
  [320, 640],
  [1920, 1080],
] as const) {
  test(`the results overview at ${width} px shows every amount and whole header words`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    await page.goto('./resultaten-overzicht.html');
    await page.getByLabel('Kies resultaatbestanden (.json, meerdere tegelijk)').setInputFiles(valid);
    const scenario = page.getByRole('region', { name: 'Twee zonen' });
    await expect(scenario.getByTestId('result-count')).toHaveText('3 resultaat/resultaten');
    const cost = scenario.getByRole('table', { name: 'Totale kosten van de routes' });
    await cost.scrollIntoViewIfNeeded();
    for (const cell of await cost.locator('td').all()) {
      await expect(cell).toContainText('€');
      await expect(cell).toBeInViewport({ ratio: 1 });
    }
    await expectTablesWhole(page, '.overview-casus', `results overview at ${width}`);
    await expectNoSidewaysScroll(page, `results overview at ${width}`);
    await expectAxeClean(page, `results overview at ${width}`);
    await attach(page, testInfo, `results-overview-${width}`);
  });
}
