import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseDocument } from 'yaml';
import { expect, openDebriefSection, storyHeading, test, consequenceLeadsTo } from './fixtures.ts';
import { expectTablesWhole, splitHeaderWords } from './table-checks.ts';
import { wcagAxe } from './axe.ts';

// The kassabon's lines print at once: printing is kassabon.spec.ts's subject (and the phone layout walk's), not this file's.
test.use({ reducedMotion: 'reduce' });

/** Twee zonen as a trainer's own file, with known facilitator notes on its first moment and none on the others. */
function scenarioWithNotes(): string {
  const doc = parseDocument(readFileSync('scenarios/twee-zonen.yaml', 'utf8'));
  doc.setIn(['title'], doc.createNode({ nl: 'Klascasus', en: 'Class casus' }));
  const moments = doc.get('moments') as { items: { key: { value: string } }[] };
  for (const { key } of moments.items) doc.deleteIn(['moments', key.value, 'facilitator']);
  doc.setIn(
    ['moments', 'signaal', 'facilitator'],
    doc.createNode({
      discuss: { nl: 'Bespreek wie er aan tafel hoort.', en: 'Discuss who belongs at the table.' },
      source_says: { nl: 'In de bron haalde de wijkcoach vader erbij.', en: 'In the source the coach brought the father in.' },
      prompt: { nl: 'Wie bel jij als eerste?', en: 'Whom do you call first?' },
    }),
  );
  return doc.toString();
}

async function openOwnScenario(page: Page, modus: string) {
  await page.goto(`./?modus=${modus}`);
  await page
    .locator('#own-casus-file')
    .setInputFiles({ name: 'klas.yaml', mimeType: 'text/yaml', buffer: Buffer.from(scenarioWithNotes(), 'utf8') });
  await page.getByRole('button', { name: 'Speel ‘Klascasus’' }).click({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await expect(storyHeading(page)).toHaveText('De melding');
}

const notes = (page: Page) => page.getByRole('complementary', { name: 'Voor de trainer' });

async function expectAxeClean(page: Page, where: string) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const results = await wcagAxe(page).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${where}`,
  ).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scroll, viewport } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(scroll, `page width on ${where}`).toBeLessThanOrEqual(viewport);
}

test('class mode shows the notes and the question for the room before the choice, and what the source says after it', async ({ page }) => {
  await openOwnScenario(page, 'klas');
  await expect(notes(page)).toContainText('Vraag aan de zaal');
  await expect(notes(page)).toContainText('Wie bel jij als eerste?');
  // On the projector the discussion waits for the trainer's button.
  await expect(notes(page).getByText('Bespreek wie er aan tafel hoort.')).toBeHidden();
  await notes(page).getByRole('button', { name: 'Toon aan de zaal: Bespreek' }).click();
  await expect(notes(page).getByText('Bespreek wie er aan tafel hoort.')).toBeVisible();
  await expect(notes(page)).not.toContainText('In de bron haalde de wijkcoach vader erbij.');
  await page.getByRole('button', { name: /^Kies deze Met alle vier praten/ }).click();
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 20_000 });
  await expect(notes(page)).toContainText('Wat er volgens de bron gebeurde');
  await expect(notes(page)).toContainText('In de bron haalde de wijkcoach vader erbij.');
  // The next moment has no notes in this file: said calmly.
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(notes(page)).toContainText('Bij dit moment staan geen trainersnotities in de casus.');
});

test('the trainer view shows the notes while playing normally; a player never sees them', async ({ page }) => {
  await openOwnScenario(page, 'trainer');
  await expect(notes(page)).toContainText('Wie bel jij als eerste?');
  // Not projected: the trainer reads the discussion straight away.
  await expect(notes(page).getByText('Bespreek wie er aan tafel hoort.')).toBeVisible();
  await expect(page.locator('[data-option]:not([disabled]):not(.option--argued)').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timer' })).toHaveCount(0);
  await openOwnScenario(page, 'speler');
  await expect(page.locator('[data-option]:not([disabled]):not(.option--argued)').first()).toBeVisible();
  await expect(notes(page)).toHaveCount(0);
  await expect(page.getByText('Wie bel jij als eerste?')).toHaveCount(0);
});

test('the class timer starts, pauses, resets and says politely when the time is up', async ({ page }) => {
  await page.clock.install();
  await page.goto('./?modus=klas&casus=twee-zonen');
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  const timer = page.getByRole('region', { name: 'Timer' });
  const time = timer.getByRole('timer');
  await timer.getByRole('button', { name: '2 min' }).click();
  await expect(timer.getByRole('button', { name: '2 min' })).toHaveAttribute('aria-pressed', 'true');
  await expect(time).toHaveText('2:00');
  await timer.getByRole('button', { name: 'Start' }).click();
  await page.clock.fastForward(30_000);
  await expect(time).toHaveText('1:30');
  await timer.getByRole('button', { name: 'Pauze' }).click();
  await page.clock.fastForward(60_000);
  await expect(time).toHaveText('1:30');
  await expect(timer.getByRole('button', { name: 'Verder' })).toBeFocused();
  await timer.getByRole('button', { name: 'Opnieuw' }).click();
  await expect(time).toHaveText('2:00');
  await expect(timer.getByRole('status')).toBeEmpty();
  await timer.getByRole('button', { name: 'Start' }).click();
  await page.clock.fastForward(121_000);
  await expect(time).toHaveText('0:00');
  await expect(timer.getByRole('status')).toHaveText('De tijd is om.');
});

test('the class follows the majority of the tally, the trainer breaks a tie, and the debrief shows the room beside the route', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?modus=klas&casus=twee-zonen');
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  // Large type for a projector, still no sideways scroll.
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(20);
  await expectNoSidewaysScroll(page, 'class decision at 1366');
  await expectAxeClean(page, 'class decision at 1366');

  // Nothing counted: the game says so and waits.
  await page.getByRole('button', { name: 'Volg de meerderheid' }).click();
  await expect(page.locator('#tally-message')).toHaveText(/nog niets geteld/);
  await page.getByRole('spinbutton', { name: /^Hoeveel in de zaal kozen dit\? Met alle vier praten/ }).fill('3');
  await page.locator('#tally-doorverwijzen').fill('12');
  await page.locator('#tally-aankijken').fill('5');
  await page.getByRole('button', { name: 'Volg de meerderheid' }).click();
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 20_000 });
  const result = page.getByRole('table', { name: /De melding/ });
  await expect(result.locator('tr.is-chosen th')).toContainText(/doorverw|Verwijs/i);
  await expect(result.locator('[data-option-row="doorverwijzen"]')).toContainText('12');
  await expect(result.locator('[data-option-row="doorverwijzen"]')).toContainText('60%');
  await expectAxeClean(page, 'class consequence at 1366');
  await page.getByRole('button', { name: 'Verder' }).click();

  // A tie: the trainer picks, and the tally goes with the pick.
  const inputs = page.locator('.tally__input');
  await inputs.nth(0).fill('7');
  await inputs.nth(1).fill('7');
  await page.getByRole('button', { name: 'Volg de meerderheid' }).click();
  await expect(page.locator('#tally-message')).toHaveText(/Gelijke stand/);
  await expect(storyHeading(page)).not.toHaveText('Wat er gebeurt');
  const second = await page.locator('[data-class-pick]').nth(1).getAttribute('data-class-pick');
  await page.locator('[data-class-pick]').nth(1).click();
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 20_000 });
  await expect(page.locator('.class-distribution tr.is-chosen')).toHaveAttribute('data-option-row', second ?? '');

  // The rest uncounted, chosen by the trainer.
  for (let decision = 3; decision <= 20; decision++) {
    if ((await consequenceLeadsTo(page)) === 'debrief') break;
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.locator('[data-class-pick]').first().click();
    await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 20_000 });
  }
  await page.getByRole('button', { name: 'Naar de nabespreking' }).click();
  const section = page.getByRole('region', { name: 'De klas naast de gekozen route' });
  await expect(section.getByRole('table')).toHaveCount(2);
  await expect(section.getByRole('table').first().locator('tr.is-chosen')).toHaveAttribute('data-option-row', 'doorverwijzen');
  await expect(section).toContainText('Hier is niet geteld.');
  await expectNoSidewaysScroll(page, 'class debrief at 1366');
  await expectAxeClean(page, 'class debrief at 1366');

  // The tally is in the save: a reload resumes the debrief with the same distribution.
  await page.reload();
  await expect(page.getByRole('region', { name: 'De klas naast de gekozen route' }).getByRole('table')).toHaveCount(2, { timeout: 30_000 });

  await openDebriefSection(page, 'Kosten in de tijd');
  await expect
    .poll(async () => Number(await page.locator('[data-chart="lines"]').getAttribute('data-tick-px')), {
      message: 'chart tick labels in class mode at 1366',
    })
    .toBeGreaterThanOrEqual(12);
  const tickAt1366 = Number(await page.locator('[data-chart="lines"]').getAttribute('data-tick-px'));
  for (const width of [1920, 2560]) {
    await page.setViewportSize({ width, height: 1080 });
    await expectNoSidewaysScroll(page, `class debrief at ${width}`);
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
  // The projector's larger type reaches the chart's ticks, and the room's tables keep their header words whole.
  await expect
    .poll(async () => Number(await page.locator('[data-chart="lines"]').getAttribute('data-tick-px')))
    .toBeGreaterThan(tickAt1366);
  await expectTablesWhole(page, '.debrief__class', 'class debrief at 1920');
  expect(await splitHeaderWords(page, '.debrief'), 'header words split in the class debrief at 1920').toEqual([]);
  await expectAxeClean(page, 'class debrief at 1920');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('region', { name: 'The class beside the chosen route' })).toBeVisible();
});

test('class mode at 1920 and 2560: large type, no sideways scroll, axe clean on the decision', async ({ page }) => {
  for (const width of [1920, 2560]) {
    await page.setViewportSize({ width, height: 1080 });
    await page.goto('./?modus=klas&casus=twee-zonen');
    // The first visit starts the casus; the second resumes it at the decision (the link resumes a save).
    if (width === 1920) await page.getByRole('button', { name: 'Begin de casus' }).click();
    await expect(page.getByRole('region', { name: 'Wat koos de zaal?' })).toBeVisible();
    await expectNoSidewaysScroll(page, `class decision at ${width}`);
    if (width === 1920) await expectAxeClean(page, 'class decision at 1920');
  }
});

test('the title links to class mode, the trainer view and the results overview', async ({ page }) => {
  await page.goto('./');
  const links = page.getByRole('navigation', { name: 'Voor trainers' });
  await links.getByRole('link', { name: 'Klasmodus (projector)' }).click();
  await expect(page).toHaveURL(/modus=klas/);
  await expect(page.getByRole('navigation', { name: 'Voor trainers' })).toContainText('Klasmodus staat aan');
  await expect(
    page.getByRole('navigation', { name: 'Voor trainers' }).getByRole('link', { name: 'Klasoverzicht uit resultaatbestanden' }),
  ).toHaveAttribute('href', /resultaten-overzicht\.html/);
  await page.getByRole('navigation', { name: 'Voor trainers' }).getByRole('link', { name: 'Terug naar spelersmodus' }).click();
  await expect(page).not.toHaveURL(/modus=/);
});

test('an option that must be argued is one choice for the room; the trainer then picks the argument', async ({ page }) => {
  await page.goto('./?modus=klas');
  await page
    .locator('#own-casus-file')
    .setInputFiles({ name: 'onderbouwing.yaml', mimeType: 'text/yaml', buffer: readFileSync('test/fixtures/scenarios/valid-argue.yaml') });
  await page.getByRole('button', { name: 'Speel ‘Onderbouwing’' }).click({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await expect(page.locator('.tally__input')).toHaveCount(2);
  await page.locator('#tally-maatwerk').fill('9');
  await page.locator('#tally-standaard').fill('4');
  await page.getByRole('button', { name: 'Volg de meerderheid' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Onderbouw je keuze' })).toBeFocused();
  await page.getByRole('button', { name: 'Ze heeft het zwaar.' }).click();
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 30_000 });
  const table = page.locator('.class-distribution');
  await expect(table.locator('tr.is-chosen')).toHaveAttribute('data-option-row', 'maatwerk');
  await expect(table.locator('[data-option-row="maatwerk"]')).toContainText('9');
  await expect(table.getByRole('row')).toHaveCount(3);
});
