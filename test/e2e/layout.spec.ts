import type { Page } from '@playwright/test';
import { expect, openFreshGame, startButton, storyHeading, test, consequenceLeadsTo } from './fixtures.ts';
import { expectAxeClean, expectNoSidewaysScroll, expectStageFits } from './layout-checks.ts';

interface Size {
  readonly width: number;
  readonly height: number;
}

interface Walk {
  readonly lang: 'nl' | 'en';
  /** The window the casus is played in; every screen is checked here first. */
  readonly at: Size;
  /** The screens scanned with axe at the walk's own size: every one, or only those named. */
  readonly axe: 'every' | readonly string[];
  /** More window sizes each screen is checked at (without axe), in the same walk; the walk goes on at its own size. */
  readonly alsoAt?: readonly Size[];
  /** Which option chosen at once the walk takes at every decision. */
  readonly pick: 'first' | 'last';
  /** After the debrief, switch the language and check the debrief once more. */
  readonly switchLanguage?: boolean;
  /** The kassabon prints its lines at once: only one walk needs to check the screen while lines are printing. */
  readonly reducedMotion?: boolean;
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
    otherLanguage: 'English',
    debriefAgain: 'Routes side by side',
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
    otherLanguage: 'Nederlands',
    debriefAgain: 'Vier routes naast elkaar',
  },
} as const;

/** Plays the casus from the title to the debrief, checking every screen on the way at every size of the walk. */
async function walkEveryScreen(page: Page, { lang, at, axe, alsoAt = [], pick, switchLanguage = false, reducedMotion = false }: Walk) {
  const l = LABELS[lang];
  const fits = async (where: string) => {
    await expectNoSidewaysScroll(page, where);
    await expectStageFits(page, where);
  };
  const check = async (where: string) => {
    await fits(where);
    if (axe === 'every' || axe.includes(where)) await expectAxeClean(page, where);
    if (alsoAt.length === 0) return;
    for (const size of alsoAt) {
      await page.setViewportSize(size);
      await fits(`${where} at ${size.width}×${size.height}`);
    }
    await page.setViewportSize(at);
  };
  await page.setViewportSize(at);
  if (reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
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
    await page.locator('[data-option]:not([disabled]):not(.option--argued)')[pick]().click();
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
  if (switchLanguage) {
    // The debrief drawn again in the other language, every section still open.
    await page.getByRole('button', { name: l.otherLanguage }).click();
    await expect(page.getByRole('button', { name: l.debriefAgain, exact: true })).toHaveAttribute('aria-expanded', 'true', {
      timeout: 20_000,
    });
    await fits('debrief in the other language');
    await expectAxeClean(page, 'debrief in the other language');
  }
  expect(argued, 'the walk met an argued choice on its way').toBe(true);
}

// Two layouts matter most: the phone's (320 px, the WCAG reflow width: the kassabon a bottom sheet) and the laptop's
// (1366 px: the kassabon beside the story). Each gets a walk played at its size with axe on every screen: axe reads
// the same markup and styles at the other sizes of a layout, so it scans each screen once per layout. Browser zoom
// shrinks the viewport in CSS pixels: a 1366×768 laptop at 200 % is 683×384, a 1920×1080 screen at 400 % is 480×270
// (and 1280 px wide at 400 % is the 320 px walk); those, a common phone (390 px), a phone on its side (640×360), a
// tablet (768×1024) and large screens are checked for fit on every screen of the walk nearest to them, as a window
// resized (or a tablet turned) would be. The English walk at 320 px has the longest words: every screen must fit;
// axe scans the title and the fullest screen (the debrief, every section open) for what the words change. The phone
// walk plays with motion, so its screens are also checked while the kassabon prints; the other two print at once.
const PHONE: Walk = {
  lang: 'nl',
  pick: 'last',
  at: { width: 320, height: 640 },
  axe: 'every',
  alsoAt: [
    { width: 390, height: 844 },
    { width: 480, height: 270 },
    { width: 640, height: 360 },
    { width: 683, height: 384 },
  ],
};
const LAPTOP: Walk = {
  lang: 'nl',
  // The other route than the phone's: axe reads the consequences and the debrief of both.
  pick: 'first',
  at: { width: 1366, height: 768 },
  axe: 'every',
  alsoAt: [
    { width: 768, height: 1024 },
    { width: 1920, height: 1080 },
    { width: 2560, height: 1440 },
  ],
  switchLanguage: true,
  reducedMotion: true,
};
const ENGLISH: Walk = {
  lang: 'en',
  pick: 'last',
  at: { width: 320, height: 640 },
  axe: ['title', 'debrief with every section open'],
  reducedMotion: true,
};

// The walks and the single-screen tests below are independent: they spread over the workers.
test.describe.configure({ mode: 'parallel' });

test('every screen fits without sideways scrolling at 320 px and passes axe; it fits at 390, 480, 640 and 683 px too', async ({ page }) => {
  test.setTimeout(360_000);
  await walkEveryScreen(page, PHONE);
});

test('every screen fits without sideways scrolling at 1366 px and passes axe, in both languages; it fits at 768, 1920 and 2560 px too', async ({
  page,
}) => {
  test.setTimeout(360_000);
  await walkEveryScreen(page, LAPTOP);
});

test('every English screen fits without sideways scrolling at 320 px', async ({ page }) => {
  test.setTimeout(240_000);
  await walkEveryScreen(page, ENGLISH);
});

test.describe('a phone whose player is quicker than the engine', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the stage fits its box when Start is clicked before the engine has drawn', { tag: '@stage' }, async ({ page }) => {
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
  test("the stage draws at the screen's own density, and still fits its box", { tag: '@stage' }, async ({ page }) => {
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
