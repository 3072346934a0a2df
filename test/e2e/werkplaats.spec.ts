import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openFreshGame, playOnToDebrief, storyHeading, test } from './fixtures.ts';
import { wcagAxe } from './axe.ts';

// The kassabon's lines print at once: printing is kassabon.spec.ts's subject (and the phone layout walk's), not this file's.
test.use({ reducedMotion: 'reduce' });

const template = readFileSync('scenarios/sjabloon/sjabloon.yaml', 'utf8').split('\n');
const lineOf = (prefix: string) => template.findIndex((line) => line.startsWith(prefix)) + 1;
const werkplaats = (page: Page) => page.getByRole('dialog', { name: /^Werkplaats/ });
const editor = (page: Page) => werkplaats(page).getByRole('textbox', { name: 'Casus in YAML' });
const status = (page: Page) => werkplaats(page).locator('.werkplaats__status');
const activeLine = (page: Page) => werkplaats(page).locator('.cm-activeLine');

/**
 * Puts the cursor just after `prefix` on the template's line that starts with it, with the keyboard: CodeMirror's
 * "go to line" (Ctrl+Alt+G), Home (which stops after the indentation), then arrows.
 */
async function cursorAfter(page: Page, prefix: string) {
  const line = lineOf(prefix);
  expect(line, prefix).toBeGreaterThan(0);
  await editor(page).focus();
  await page.keyboard.press('Control+Alt+g');
  const input = werkplaats(page).locator('.cm-panel input');
  await expect(input).toBeFocused();
  await input.fill(String(line));
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press('Home');
  for (let i = 0; i < prefix.trimStart().length; i++) await page.keyboard.press('ArrowRight');
}

async function openWerkplaats(page: Page) {
  await page.getByRole('button', { name: 'Open de werkplaats' }).click();
  await expect(werkplaats(page)).toBeVisible({ timeout: 30_000 });
  await expect(status(page)).toContainText('Geen fouten', { timeout: 30_000 });
}

test.beforeEach(async ({ page }) => {
  // Headless Chromium has the File System Access API but no one to answer its picker: save by download here.
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

test('a trainer writes from the template by typing: a message appears at its line as they type and goes when fixed', async ({ page }) => {
  await openFreshGame(page);
  await openWerkplaats(page);
  const start = lineOf('start: brief');
  await cursorAfter(page, 'start: brief');
  await page.keyboard.type('-bestaat-niet');
  const message = werkplaats(page).locator(`.own-casus__message--error[data-line="${start}"]`);
  await expect(message).toContainText(`Regel ${start}`, { timeout: 30_000 });
  await expect(werkplaats(page).locator('.cm-lint-marker-error')).toHaveCount(1);
  await expect(status(page)).toContainText('fout');
  // Fixed by deleting what was typed.
  for (let i = 0; i < '-bestaat-niet'.length; i++) await page.keyboard.press('Backspace');
  await expect(status(page)).toContainText('Geen fouten', { timeout: 30_000 });
  await expect(werkplaats(page).locator('.own-casus__message--error')).toHaveCount(0);
  await expect(werkplaats(page).locator('.cm-lint-marker-error')).toHaveCount(0);
});

test('completion offers the moments after "next:", and hover help explains a key in Dutch', async ({ page }) => {
  await openFreshGame(page);
  await openWerkplaats(page);
  await cursorAfter(page, 'start: brief');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+Space');
  const completions = page.getByRole('listbox');
  await expect(completions.getByRole('option', { name: /drie-maanden/ })).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  await page.keyboard.type('brief');
  await werkplaats(page)
    .locator('.cm-line', { hasText: /^start: brief/ })
    .getByText('start', { exact: true })
    .hover();
  await expect(page.locator('.werkplaats__hover')).toContainText('start —');
});

test('speel vanaf hier plays standing at the moment, says which choices were filled in, and leads straight back', async ({ page }) => {
  await openFreshGame(page);
  await openWerkplaats(page);
  await cursorAfter(page, '    title: "Drie maanden later"');
  await werkplaats(page).getByRole('button', { name: 'Speel vanaf hier' }).click();
  await expect(werkplaats(page)).toBeHidden();
  await expect(storyHeading(page)).toContainText('Drie maanden later', { timeout: 30_000 });
  const note = page.locator('.session-prefilled');
  await expect(note).toContainText('De keuzes tot hier zijn voor je ingevuld:');
  await expect(note.getByRole('listitem')).toHaveText([
    'Een brief van de corporatie: Samen met Marco de corporatie bellen en een regeling voorstellen',
  ]);

  // From the moment straight back: the draft, with the cursor on the line it was on.
  await page.getByRole('button', { name: 'Terug naar de werkplaats' }).click();
  await expect(werkplaats(page)).toBeVisible({ timeout: 30_000 });
  await expect(editor(page)).toBeFocused();
  await expect(activeLine(page)).toHaveText('    title: "Drie maanden later"');

  // And from the debrief; played on past the moment, the note is gone.
  await expect(status(page)).toContainText('Geen fouten', { timeout: 30_000 });
  await werkplaats(page).getByRole('button', { name: 'Speel vanaf hier' }).click();
  await expect(storyHeading(page)).toContainText('Drie maanden later', { timeout: 30_000 });
  await playOnToDebrief(page, 'first');
  await expect(page.getByTestId('debrief-lesson')).toBeVisible({ timeout: 30_000 });
  await expect(note).toHaveCount(0);
  await page.locator('.button-row').getByRole('button', { name: 'Terug naar de werkplaats' }).click();
  await expect(werkplaats(page)).toBeVisible({ timeout: 30_000 });
  await expect(editor(page)).toBeFocused();
  await expect(activeLine(page)).toHaveText('    title: "Drie maanden later"');
});

test('Enter after a key that opens a block indents one level', async ({ page }) => {
  await openFreshGame(page);
  await openWerkplaats(page);
  await cursorAfter(page, 'state:');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('nieuw: 1');
  await expect(activeLine(page)).toHaveText('  nieuw: 1');
});

test('Ctrl+Shift+M takes the keyboard to the messages, the first error first; the help lists the shortcuts', async ({ page }) => {
  await openFreshGame(page);
  await openWerkplaats(page);
  await editor(page).focus();
  await page.keyboard.press('Control+Shift+M');
  const messages = werkplaats(page).getByRole('region', { name: 'Meldingen' });
  await expect.poll(() => messages.evaluate((region) => region.contains(document.activeElement))).toBe(true);

  await cursorAfter(page, 'start: brief');
  await page.keyboard.type('-bestaat-niet');
  await expect(werkplaats(page).locator('.own-casus__message--error')).toHaveCount(1, { timeout: 30_000 });
  await page.keyboard.press('Control+Shift+M');
  await expect(werkplaats(page).locator('.own-casus__message--error .werkplaats__goto')).toBeFocused();
  // Enter on the message goes back to its line.
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeFocused();
  await expect(activeLine(page)).toContainText('start: brief-bestaat-niet');

  const shortcuts = werkplaats(page).locator('.werkplaats__shortcuts');
  await shortcuts.getByText('Sneltoetsen', { exact: true }).click();
  await expect(shortcuts.getByText('Ctrl+Shift+M', { exact: true })).toBeVisible();
  await expect(shortcuts).toContainText('Naar de meldingen');
});

test('a moment chosen on the route map comes to the middle of the editor, not its edge', async ({ page }) => {
  await openFreshGame(page);
  await openWerkplaats(page);
  await werkplaats(page).getByRole('button', { name: 'Routekaart' }).click();
  await werkplaats(page).getByRole('button', { name: 'Open de verhaalkaart' }).click();
  const dialog = page.getByRole('dialog', { name: /^Verhaalkaart/ });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: /^Drie maanden later/ }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(editor(page)).toBeFocused();
  await expect(activeLine(page)).toContainText('drie-maanden:');
  const area = (await werkplaats(page).locator('.werkplaats__code').boundingBox())!;
  const line = (await activeLine(page).boundingBox())!;
  const offCentre = line.y + line.height / 2 - (area.y + area.height / 2);
  expect(Math.abs(offCentre)).toBeLessThan(area.height / 4);
});

test('saved to disk, kept after a reload, opened again from the file; the route map opens beside it', async ({ page }) => {
  await openFreshGame(page);
  await openWerkplaats(page);
  await cursorAfter(page, '  nl: "Huur achter');
  await page.keyboard.type(' bij Marco');
  await expect(status(page)).toContainText('Huur achter bij Marco', { timeout: 30_000 });
  const download = page.waitForEvent('download');
  await werkplaats(page).getByRole('button', { name: 'Bewaar als bestand' }).click();
  // Named after the casus's id, not the werkplaats's default name.
  expect((await download).suggestedFilename()).toBe('mijn-eerste-casus.yaml');
  const saved = await (await download).path();
  expect(readFileSync(saved, 'utf8')).toContain('nl: "Huur achter bij Marco"');

  await page.reload();
  // CodeMirror draws only the lines in view, so what the editor holds is read from the checked title.
  await openWerkplaats(page);
  await expect(status(page)).toContainText('Geen fouten: Huur achter bij Marco');
  // A changed draft is not replaced without asking.
  const asked = page.waitForEvent('dialog').then(async (dialog) => {
    const message = dialog.message();
    await dialog.accept();
    return message;
  });
  await werkplaats(page).getByRole('button', { name: 'Nieuw uit het sjabloon' }).click();
  expect(await asked).toContain('wordt vervangen door het sjabloon');
  await expect(status(page)).toContainText('Geen fouten: Huur achter is speelbaar', { timeout: 30_000 });
  await werkplaats(page).locator('#werkplaats-open').setInputFiles(saved);
  await expect(status(page)).toContainText('Geen fouten: Huur achter bij Marco', { timeout: 30_000 });

  const map = werkplaats(page).getByRole('button', { name: 'Routekaart' });
  await map.click();
  await expect(map).toHaveAttribute('aria-expanded', 'true');
  await expect(werkplaats(page).getByRole('heading', { name: 'Routekaart: Huur achter bij Marco' })).toBeVisible();
});

test('the keyboard leaves the editor with Escape then Tab, and the werkplaats passes axe', async ({ page }) => {
  await openFreshGame(page);
  await openWerkplaats(page);
  await expect(werkplaats(page)).toContainText('Escape en daarna Tab');
  await editor(page).focus();
  await page.keyboard.press('Tab');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor(page)).not.toBeFocused();
  await expect(werkplaats(page)).toBeVisible();
  const results = await wcagAxe(page).include('.werkplaats').analyze();
  expect(results.violations).toEqual([]);
  await werkplaats(page).getByRole('button', { name: 'Sluit de werkplaats' }).click();
  await expect(page.getByRole('button', { name: 'Open de werkplaats' })).toBeFocused();
});

test('a quote that differs from its source gets SC027 in the browser, checked against the texts shipped with the game', async ({
  page,
}) => {
  const scenario = readFileSync('scenarios/twee-zonen.yaml', 'utf8');
  const wrong = scenario.replace('quote: "de kosten gemiddeld ruim 5.000 euro per"', 'quote: "de kosten gemiddeld ruim 9.000 euro per"');
  expect(wrong).not.toBe(scenario);
  const line = wrong.split('\n').findIndex((l) => l.includes('9.000 euro')) + 1;
  await openFreshGame(page);
  await page.locator('#own-casus-file').setInputFiles({ name: 'citaat.yaml', mimeType: 'text/yaml', buffer: Buffer.from(wrong, 'utf8') });
  const panel = page.getByRole('region', { name: 'Open een eigen casus' });
  await expect(panel).toContainText('SC027', { timeout: 30_000 });
  await expect(panel.locator('.own-casus__message', { hasText: 'SC027' })).toContainText(`Regel ${line}`);
});

test.describe('on a small phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the six tools go two or three to a row and the editor starts on the first screen', async ({ page }) => {
    await openFreshGame(page);
    await openWerkplaats(page);
    await werkplaats(page).evaluate((dialog) => dialog.scrollTo(0, 0));
    const tools = werkplaats(page).locator('.werkplaats__tools > button');
    await expect(tools).toHaveCount(6);
    const boxes = await Promise.all((await tools.all()).map(async (tool) => (await tool.boundingBox())!));
    const rows = new Set(boxes.map((box) => Math.round(box.y)));
    expect(rows.size).toBeLessThanOrEqual(3);
    for (const box of boxes) expect(box.x + box.width).toBeLessThanOrEqual(320);
    // At least three lines of the editor on the first screen.
    const code = (await editor(page).boundingBox())!;
    expect(code.y + 60).toBeLessThan(640);
    const results = await wcagAxe(page).include('.werkplaats').analyze();
    expect(results.violations).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the werkplaats scrolls as one page, and a route map asked for before the first check still comes', async ({ page }) => {
    await openFreshGame(page);
    await page.getByRole('button', { name: 'Open de werkplaats' }).click();
    await expect(werkplaats(page)).toBeVisible({ timeout: 30_000 });
    // Asked for at once, while the first check (without the map) runs.
    const map = werkplaats(page).getByRole('button', { name: 'Routekaart' });
    await map.click();
    await expect(status(page)).toContainText('Geen fouten', { timeout: 30_000 });
    await expect(werkplaats(page).getByRole('heading', { name: 'Routekaart: Huur achter' })).toBeVisible({ timeout: 30_000 });
    // The editor keeps most of the screen.
    expect((await editor(page).boundingBox())?.height ?? 0).toBeGreaterThan(400);
    const open = werkplaats(page).getByRole('button', { name: 'Open de verhaalkaart' });
    await open.scrollIntoViewIfNeeded();
    await open.click();
    await expect(page.getByRole('dialog', { name: 'Verhaalkaart: Huur achter' })).toBeVisible({ timeout: 30_000 });
  });
});
