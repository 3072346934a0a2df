import type { Page } from '@playwright/test';
import { expect, startButton, storyHeading, test } from './fixtures.ts';

/** Chrome DevTools' "Fast 3G" profile, the network on which the issue saw 3 of 3 early clicks break the layout. */
const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
}

/** Where the stage and its canvas are, and how wide the page is, once the engine has drawn. */
async function stageAfterEngine(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('app:first-phaser-frame').length > 0, undefined, { timeout: 120_000 });
  return page.evaluate(() => {
    const stage = document.getElementById('stage')?.getBoundingClientRect();
    const canvas = document.querySelector('#stage canvas')?.getBoundingClientRect();
    return {
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      stage: stage ? [stage.left, stage.top, stage.right, stage.bottom] : null,
      canvas: canvas ? [canvas.left, canvas.top, canvas.right, canvas.bottom] : null,
    };
  });
}

function expectInside(inner: number[] | null, outer: number[] | null) {
  expect(inner, 'the engine drew a canvas').not.toBeNull();
  expect(outer, 'the stage is on screen').not.toBeNull();
  const [il, it, ir, ib] = inner as [number, number, number, number];
  const [ol, ot, or, ob] = outer as [number, number, number, number];
  expect([il >= ol - 1, it >= ot - 1, ir <= or + 1, ib <= ob + 1], `canvas ${inner?.join(',')} inside stage ${outer?.join(',')}`).toEqual([
    true,
    true,
    true,
    true,
  ]);
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
]) {
  test.describe(`Fast 3G at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    test(
      'a player who clicks Start and Begin the moment they appear keeps a stage that fits, and no sideways scroll',
      { tag: '@stage' },
      async ({ page }) => {
        test.setTimeout(240_000);
        await throttle(page);
        // The engine's chunk is held back until the casus has begun: how fast it would arrive depends on the server's
        // compression and the machine's load, and this test is about a player who is quicker than the engine.
        let releaseEngine = () => {};
        const engineHeld = new Promise<void>((resolve) => (releaseEngine = resolve));
        let held = 0;
        await page.route('**/assets/start-game-*.js', async (route) => {
          held += 1;
          await engineHeld;
          await route.continue();
        });
        await page.goto('./', { timeout: 120_000 });
        // Clicked as soon as they can be.
        await startButton(page).click({ timeout: 120_000 });
        await page.getByRole('button', { name: 'Begin de casus' }).click({ timeout: 120_000 });
        await expect(storyHeading(page)).not.toHaveText('Wat er gebeurt');
        const engineDrawn = await page.evaluate(() => performance.getEntriesByName('app:first-phaser-frame').length > 0);
        releaseEngine();
        const after = await stageAfterEngine(page);
        expect(held, 'the engine chunk was the one held back').toBe(1);
        expect(after.page, 'no sideways scroll once the engine has drawn').toBeLessThanOrEqual(after.viewport);
        expectInside(after.canvas, after.stage);
        // The test is only meaningful if the player really was quicker than the engine.
        expect(engineDrawn, 'the engine had not drawn yet when the casus began').toBe(false);
        // And it plays on: a choice prints its receipt line beside a stage that still fits.
        await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
        await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 60_000 });
        const printing = await stageAfterEngine(page);
        expectInside(printing.canvas, printing.stage);
      },
    );
  });
}
