import type { Page } from '@playwright/test';
import { expect, openDebriefSection, openFreshGame, startButton, storyHeading, test } from './fixtures.ts';
import { playFirstOptions } from './play-frame.ts';
import { wcagAxe } from './axe.ts';

// The kassabon's lines print at once: printing is kassabon.spec.ts's subject (and the phone layout walk's), not this file's.
test.use({ reducedMotion: 'reduce' });

const SCOOTER = 'Twee boetes, één scooter';
const receipt = (page: Page) => page.getByRole('region', { name: /Kassabon/ });
/** The theme filter: one disclosure button beside a live count; opened, a group of theme toggles. */
const filter = (page: Page) => page.getByRole('group', { name: 'Filter op thema' });
const filterToggle = (page: Page) => page.getByRole('button', { name: /^Filter op thema/ });
const filterCount = (page: Page) => page.locator('.theme-filter').getByRole('status');
const card = (page: Page, title: string) => page.getByRole('article', { name: title });

async function axeClean(page: Page) {
  const results = await wcagAxe(page).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Starts the scooter casus and takes the choice that books parenting support (8 weeks of a shared tariff). */
async function bookParentingSupport(page: Page, label = 'Start casus'): Promise<string> {
  await startButton(page, SCOOTER, label).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await page.getByRole('button', { name: /De opvoedondersteuning laten doorlopen/ }).click();
  await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 15_000 });
  return (await receipt(page).locator('.receipt-line').first().locator('.receipt-line__calc').textContent()) ?? '';
}

test('cards show themes, playing time and the household; the theme filter works by keyboard and is remembered', async ({ page }) => {
  await openFreshGame(page);
  const scooter = card(page, SCOOTER);
  await expect(scooter).toContainText('± 20 min');
  await expect(scooter.getByText('Speeltijd ongeveer 20 minuten')).toBeAttached();
  await expect(scooter.getByRole('list', { name: 'Huishouden' }).getByRole('listitem').first()).toHaveText(/^M\s*Marco, .+, \d+$/);
  await expect(scooter.getByRole('list', { name: "Thema's" })).toContainText('Opvoeding');
  const total = await page.locator('.casus-list > li').count();
  await expect(filterCount(page)).toHaveText(`${total} van ${total} casussen`);
  await expect(filter(page)).toBeHidden();

  // Keyboard only: Tab to the filter and open it with Enter, Tab to the theme, press it with Space.
  for (let i = 0; i < 10 && !(await filterToggle(page).evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(filterToggle(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(filterToggle(page)).toHaveAttribute('aria-expanded', 'true');
  const theme = filter(page).getByRole('button', { name: 'Opvoeding' });
  for (let i = 0; i < 80 && !(await theme.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(theme).toBeFocused();
  await page.keyboard.press('Space');
  await expect(theme).toHaveAttribute('aria-pressed', 'true');
  await expect(theme).toBeFocused();
  const shown = await page.locator('.casus-list > li:not([hidden])').count();
  expect(shown).toBeLessThan(total);
  await expect(filterCount(page)).toHaveText(`${shown} van ${total} casussen`);
  await expect(filterToggle(page)).toHaveAccessibleName('Filter op thema · 1 gekozen');
  await expect(card(page, SCOOTER)).toBeVisible();
  await expect(card(page, 'De nicht die bleef')).toBeHidden();
  await axeClean(page);

  await page.reload();
  await expect(filterCount(page)).toHaveText(`${shown} van ${total} casussen`);
  await filterToggle(page).click();
  await expect(filter(page).getByRole('button', { name: 'Opvoeding' })).toHaveAttribute('aria-pressed', 'true');
  await filter(page).getByRole('button', { name: "Alle thema's" }).press('Enter');
  await expect(filterCount(page)).toHaveText(`${total} van ${total} casussen`);
  // The button hid itself: focus went to the first theme, still in the group.
  await expect(filter(page).getByRole('button').first()).toBeFocused();
  await expect(filter(page).getByRole('button', { name: "Alle thema's" })).toBeHidden();
});

test('a finished casus shows its last balance score and a triangle with a text alternative', async ({ page }) => {
  await page.addInitScript(() => {
    const attempt = (overall: number, values: [number, number, number]) => ({
      steps: [],
      endingId: 'x',
      totalCents: 100,
      overall,
      finishedAt: '2026-11-23T20:00:00.000Z',
      values: { legitimiteit: values[0], betrokkenheid: values[1], rendement: values[2] },
    });
    localStorage.setItem(
      'kostenbewust:attempts:scooterboetes',
      JSON.stringify({ version: 1, attempts: [attempt(40, [50, 50, 50]), attempt(72, [80, 75, 66])] }),
    );
  });
  await openFreshGame(page);
  const scooter = card(page, SCOOTER);
  await expect(scooter).toContainText('Laatste balansscore: 72 / 100');
  await expect(
    scooter.getByRole('img', { name: 'Waardendriehoek van je laatste poging: Legitimiteit 80, Betrokkenheid 75, Rendement 66' }),
  ).toBeVisible();
  await expect(card(page, 'Twee zonen').getByRole('img')).toHaveCount(0);
  await axeClean(page);
});

test('a tariff set chosen in the select prices the kassabon, which names it', async ({ page }) => {
  await openFreshGame(page);
  const select = page.getByLabel('Tarieven voor de kassabon');
  await expect(select).toHaveValue('standaard');
  // By keyboard: the title is drawn again for the new set, and focus stays on the select.
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Tarieven voor de kassabon')).toHaveValue('voorbeeld-gemeente');
  await expect(page.getByLabel('Tarieven voor de kassabon')).toBeFocused();
  await expect(page.getByLabel('Tarieven voor de kassabon').locator('option:checked')).toHaveText(
    'Voorbeeldgemeente (2026, verzonnen bedragen)',
  );
  const priced = await bookParentingSupport(page);
  expect(priced).toMatch(/€\s240,00 per week × \d+ wk/);
  await expect(receipt(page).getByTestId('receipt-tariffs')).toContainText(
    /Tarieven: \u2068?Voorbeeldgemeente \(2026, verzonnen bedragen\)/,
  );
  // Remembered: a fresh start still prices from the chosen set.
  await page.goto('./');
  await expect(page.getByLabel('Tarieven voor de kassabon')).toHaveValue('voorbeeld-gemeente');
});

test('?tarieven= in the link chooses the set; the standard set prints the standard amount', async ({ page }) => {
  await page.goto('./?tarieven=voorbeeld-gemeente');
  await expect(page.getByLabel('Tarieven voor de kassabon')).toHaveValue('voorbeeld-gemeente');
  expect(await bookParentingSupport(page)).toMatch(/€\s240,00 per week × \d+ wk/);
  // Without the link the remembered choice (the standard set) holds again; resuming keeps the save's set.
  await page.goto('./');
  await expect(page.getByLabel('Tarieven voor de kassabon')).toHaveValue('standaard');
  await startButton(page, SCOOTER, 'Verder spelen').click();
  await expect(receipt(page).locator('.receipt-line').first()).toContainText(/€\s240,00 per week × \d+ wk/);
  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  expect(await bookParentingSupport(page, 'Opnieuw beginnen')).toMatch(/€\s200,00 per week × \d+ wk/);
  await expect(receipt(page).getByTestId('receipt-tariffs')).toContainText(/Tarieven: \u2068?Standaardtarieven/);
});

test('a broken local tariff file gets located Dutch messages and prices nothing; a good one is chosen and kept', async ({ page }) => {
  await openFreshGame(page);
  const picker = page.getByRole('region', { name: 'Tarieven' });
  const choose = (name: string, text: string) =>
    page.locator('#own-tariffs-file').setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(text, 'utf8') });
  const head =
    'format: 1\ntitle: { nl: "Gemeente Testdorp (2026)", en: "Testdorp (2026)" }\ntariffs:\n  opvoedondersteuning:\n    item: { nl: Opvoedondersteuning, en: Parenting support }\n';
  await choose('testdorp.yaml', `${head}    amount: "€ 250,00"\n    frequency: per_week\n    estimate: Contract 2026.\n`);
  await expect(picker).toContainText('testdorp.yaml bevat 1 fout', { timeout: 30_000 });
  const message = picker.getByRole('listitem').first();
  await expect(message).toContainText(/Regel 6, kolom 13: fout SC004/);
  await expect(message.locator('pre')).toHaveText('    amount: "€ 250,00"');
  await expect(page.getByLabel('Tarieven voor de kassabon')).toHaveValue('standaard');
  await axeClean(page);

  await choose('testdorp.yaml', `${head}    amount: 250\n    frequency: per_week\n    estimate: Contract 2026.\n`);
  await expect(picker).toContainText('testdorp.yaml is in orde', { timeout: 30_000 });
  await expect(page.getByLabel('Tarieven voor de kassabon')).toHaveValue('eigen');
  await page.reload();
  await expect(page.getByLabel('Tarieven voor de kassabon')).toHaveValue('eigen');
  expect(await bookParentingSupport(page)).toMatch(/€\s250,00 per week × \d+ wk/);
  await expect(receipt(page).getByTestId('receipt-tariffs')).toContainText(
    /Tarieven: \u2068?Gemeente Testdorp \(2026\)\u2069? \d van de \d tarieven in deze casus staan niet in deze set/,
  );
});

test.describe('320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("the picker with a score, a filter and a tariff file's messages fits without sideways scroll, in Dutch and English", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const attempt = {
        steps: [],
        endingId: 'x',
        totalCents: 100,
        overall: 64,
        finishedAt: '2026-11-23T20:00:00.000Z',
        values: { legitimiteit: 70, betrokkenheid: 60, rendement: 90 },
      };
      localStorage.setItem('kostenbewust:attempts:twee-zonen', JSON.stringify({ version: 1, attempts: [attempt] }));
    });
    await openFreshGame(page);
    await filterToggle(page).click();
    await filter(page).getByRole('button', { name: 'Opvoeding' }).click();
    await page.locator('#own-tariffs-file').setInputFiles({
      name: 'een-heel-lang-bestandsnaam-van-de-gemeente-tarieven-2026.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(
        'format: 1\ntitle: { nl: "Gemeente Testdorp", en: "Testdorp" }\ntariffs:\n  begeleid-wonen-met-een-heel-lange-naam-zonder-spaties:\n    item: { nl: B, en: B }\n    amount: "€ 4.600,00 per maand volgens het contract van 2026"\n    frequency: per_maand\n',
        'utf8',
      ),
    });
    await expect(page.getByRole('region', { name: 'Tarieven' })).toContainText('bevat', { timeout: 30_000 });
    for (const lang of ['nl', 'en'] as const) {
      if (lang === 'en') {
        await page.getByRole('button', { name: 'English' }).click();
        await expect(filterCount(page)).toHaveText(/^\d+ of \d+ cases$/);
        await expect(page.getByRole('button', { name: /^Filter by theme · 1 chosen/ })).toBeVisible();
        await expect(page.getByLabel('Tariffs for the receipt')).toBeVisible();
        await expect(page.getByRole('article', { name: 'Two sons' })).toContainText('Last balance score: 64 / 100');
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `page width in ${lang}`).toBeLessThanOrEqual(320);
      await axeClean(page);
    }
  });
});

test("the debrief's receipts name the tariff set", async ({ page }) => {
  await page.goto('./?tarieven=voorbeeld-gemeente');
  await startButton(page, SCOOTER).click();
  await playFirstOptions(page);
  await openDebriefSection(page, 'De kassabonnen');
  const receipts = page.getByRole('region', { name: /Kassabon: / });
  await expect(receipts.first()).toBeVisible({ timeout: 15_000 });
  for (const section of await receipts.all())
    await expect(section.getByTestId('receipt-tariffs')).toContainText(/Tarieven: \u2068?Voorbeeldgemeente/);
});
