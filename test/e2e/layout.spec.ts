import type { Page } from '@playwright/test';
import { expect, openFreshGame, startButton, storyHeading, test, consequenceLeadsTo } from './fixtures.ts';
import { expectAxeClean, expectNoSidewaysScroll, expectStageFits } from './layout-checks.ts';

interface Walk {
  readonly axe: boolean;
  readonly lang: 'nl' | 'en';
  /** More window sizes each screen is checked at (without axe), in the same walk; the walk goes on at its own size. */
  readonly alsoAt?: readonly { readonly width: number; readonly height: number }[];
}

const LABELS = {
  nl: {
    start: 'Start casus',
    title: 'Twee zonen',
    begin: 'Begin de casus',
    next: 'Verder',
    debrief: 'Naar de nabespreking',
    happened: 'Wat er gebeurt',
    score: 'Balansscore',
    openAll: 'Alles openen',
    glossary: 'Begrippen',
    close: 'Sluiten',
    argue: 'Onderbouw je keuze',
    back: '← Terug naar de keuzes',
  },
  en: {
    start: 'Start case',
    title: 'Two sons',
    begin: 'Begin the case',
    next: 'Continue',
    debrief: 'To the debrief',
    happened: 'What happens',
    score: 'Balance score',
    openAll: 'Open all',
    glossary: 'Glossary',
    close: 'Close',
    argue: 'Argue your choice',
    back: '← Back to the choices',
  },
} as const;

/** Plays the casus from the title to the debrief, checking every screen on the way. */
async function walkEveryScreen(page: Page, { axe, lang, alsoAt = [] }: Walk) {
  const l = LABELS[lang];
  const check = async (where: string) => {
    await expectNoSidewaysScroll(page, where);
    await expectStageFits(page, where);
    if (axe) await expectAxeClean(page, where);
    if (alsoAt.length === 0) return;
    const own = page.viewportSize()!;
    for (const size of alsoAt) {
      await page.setViewportSize(size);
      await expectNoSidewaysScroll(page, `${where} at ${size.width}×${size.height}`);
      await expectStageFits(page, `${where} at ${size.width}×${size.height}`);
    }
    await page.setViewportSize(own);
  };
  await openFreshGame(page);
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await check('title');
  await page.getByRole('button', { name: l.glossary }).click();
  await check('glossary');
  await page.getByRole('button', { name: l.close }).click();
  await startButton(page, l.title, l.start).click();
  await check('briefing');
  await page.getByRole('button', { name: l.begin }).click();
  // An opened explanation of a term must fit too.
  await page.locator('.story button.term').first().click();
  await check('decision 1, a term explained');
  let argued = false;
  for (let decision = 1; decision <= 10; decision++) {
    // The onderbouwing screen of the first argued choice on the way: checked, then withdrawn (at no cost).
    // The decision is drawn whole (all its options at once) before its options are counted.
    await expect(page.locator('[data-option]').first()).toBeVisible({ timeout: 15_000 });
    if (!argued && (await page.locator('.option--argued').count()) > 0) {
      argued = true;
      await page.locator('.option--argued').first().click();
      await expect(storyHeading(page)).toHaveText(l.argue);
      await check(`onderbouwing at decision ${decision}`);
      await page.getByRole('button', { name: l.back }).click();
    }
    await page.locator('[data-option]:not([disabled]):not(.option--argued)').last().click();
    await expectNoSidewaysScroll(page, `kassabon printing ${decision}`);
    await expect(storyHeading(page)).toHaveText(l.happened, { timeout: 15_000 });
    if ((await consequenceLeadsTo(page, { next: l.next, debrief: l.debrief })) === 'debrief') {
      await check('last consequence');
      await page.getByRole('button', { name: l.debrief }).click();
      break;
    }
    if (decision === 1) await check('consequence');
    await page.getByRole('button', { name: l.next }).click();
  }
  await expect(page.getByTestId('debrief-lesson').getByText(l.score, { exact: true })).toBeVisible();
  await check('debrief');
  // Every section of the debrief, opened, must fit too.
  await page.getByRole('button', { name: l.openAll, exact: true }).click();
  await check('debrief with every section open');
  expect(argued, 'the walk met an argued choice on its way').toBe(true);
}

// Browser zoom shrinks the viewport in CSS pixels: a 1366×768 laptop at 200 % is 683×384, a 1920×1080 screen at
// 400 % is 480×270 (and 1280 px wide at 400 % is the 320 px walk). Phones and a laptop get a walk of their own with
// axe; the other sizes are checked on every screen of one walk, as a window resized (or a tablet turned) would be.
const AXE_WIDTHS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
] as const;
const RESIZED = [
  { width: 480, height: 270 },
  { width: 640, height: 360 },
  { width: 683, height: 384 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
] as const;

for (const { width, height } of AXE_WIDTHS) {
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height } });
    test(`every screen fits without sideways scrolling at ${width} px and passes axe`, async ({ page }) => {
      await walkEveryScreen(page, { axe: true, lang: 'nl' });
    });
  });
}

test.describe('768×1024, each screen also at 480, 640, 683, 1920 and 2560 px', () => {
  test.use({ viewport: { width: 768, height: 1024 } });
  test('every screen fits without sideways scrolling at six window sizes', async ({ page }) => {
    test.setTimeout(180_000);
    await walkEveryScreen(page, { axe: false, lang: 'nl', alsoAt: RESIZED });
  });
});

test.describe('320 px in English', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('every English screen fits without sideways scrolling and passes axe', async ({ page }) => {
    await walkEveryScreen(page, { axe: true, lang: 'en' });
  });
});

test.describe('a phone whose player is quicker than the engine', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the stage fits its box when Start is clicked before the engine has drawn', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/start-game-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await openFreshGame(page);
    await startButton(page).click();
    await page.getByRole('button', { name: 'Begin de casus' }).click();
    release();
    await page.waitForFunction(() => performance.getEntriesByName('app:first-phaser-frame').length > 0, undefined, { timeout: 30_000 });
    await expectStageFits(page, 'first decision after a late engine');
    await expectNoSidewaysScroll(page, 'first decision after a late engine');
    const { stage, canvas } = await page.evaluate(() => ({
      stage: document.getElementById('stage')?.getBoundingClientRect().width ?? 0,
      canvas: document.querySelector('#stage canvas')?.getBoundingClientRect().width ?? 0,
    }));
    expect(Math.abs(stage - canvas)).toBeLessThanOrEqual(1);
    expect(stage).toBeLessThanOrEqual(390);
  });
});

test.describe('author text that would break the layout', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('a long URL wraps and a right-to-left override in a name stays inside the name', async ({ page }) => {
    const url = `https://www.example.org/${'lange-padnaam/'.repeat(9)}einde`;
    await page.route('**/assets/twee-zonen-*.js', async (route) => {
      const response = await route.fetch();
      const body = (await response.text())
        .replace('"name":"Sandra"', '"name":"Sandra \u202Eomgekeerd"')
        .replace('"text":{"nl":"Sandra belt het wijkteam.', `"text":{"nl":"${url} Sandra belt het wijkteam.`);
      await route.fulfill({ response, body });
    });
    await openFreshGame(page);
    await startButton(page).click();
    await page.getByRole('button', { name: 'Begin de casus' }).click();
    await expect(page.getByText(url)).toBeVisible();
    await expectNoSidewaysScroll(page, 'a moment with a long URL');
    // Isolated, the names keep their order: Dave still reads after Sandra on the household line.
    const line = page.locator('.household-line');
    const sandra = await line.locator('bdi', { hasText: 'Sandra' }).boundingBox();
    const dave = await line.locator('bdi', { hasText: 'Dave' }).boundingBox();
    expect(sandra && dave && (dave.y > sandra.y + 1 || dave.x > sandra.x)).toBe(true);
  });
});

test.describe('a high-density screen', () => {
  test.use({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 2 });
  test("the stage draws at the screen's own density, and still fits its box", async ({ page }) => {
    await openFreshGame(page);
    await startButton(page).click();
    await page.waitForFunction(() => performance.getEntriesByName('app:first-phaser-frame').length > 0, undefined, { timeout: 30_000 });
    const { backing, css, dpr } = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
      return {
        backing: canvas ? [canvas.width, canvas.height] : [],
        css: canvas?.getBoundingClientRect().width ?? 0,
        dpr: window.devicePixelRatio,
      };
    });
    expect(dpr).toBe(2);
    expect(backing).toEqual([1920, 1080]);
    // At least one canvas pixel per screen pixel: nothing is enlarged.
    expect(1920 / (css * dpr)).toBeGreaterThanOrEqual(1);
    await expectStageFits(page, 'briefing at 2x');
  });
});
