import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { freePort } from '../../tools/test/free-port.mjs';
import { serveStatic } from '../../tools/test/static-server.mjs';
import { SCENARIO, configKeptForOffline, expect, openFreshGame, startButton, test } from './fixtures.ts';

/**
 * Offline after the first visit (docs/embedding.md, "Offline after the first visit"). The other specs keep service workers out of their way
 * (playwright.config.ts); these tests let the game register its own.
 */
test.use({ serviceWorkers: 'allow', reducedMotion: 'reduce' });

/** A casus the tests never open before going off-line: its chunk can only come from the precache. */
const UNOPENED = { id: 'vroegsignalering', nl: 'Drie signalen' } as const;
const TITLE = { level: 1, name: 'Kostenbewust Interveniëren' } as const;

/** Resolves once the service worker is installed (every file precached), active and controlling this page. */
async function controlledByServiceWorker(page: Page): Promise<string> {
  await page.waitForFunction(
    async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    },
    undefined,
    { timeout: 60_000 },
  );
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
}

async function registrations(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
}

test('the service worker precaches every script, style, font, sound and page of the build, and not the config file', () => {
  const precached = new Set([...readFileSync('dist/sw.js', 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
  const built = readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => /\.(html|js|css|woff2|wav|svg|png|webmanifest)$/.test(path) && path !== 'sw.js');
  expect(built.filter((path) => !precached.has(path))).toEqual([]);
  // Every bundled casus is a chunk of its own, named after its file in scenarios/.
  const scenarios = readdirSync('scenarios')
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''));
  expect(scenarios.length).toBeGreaterThan(10);
  expect(scenarios.filter((id) => ![...precached].some((url) => url?.startsWith(`assets/${id}-`)))).toEqual([]);
  expect(precached.has('kostenbewust.config.json')).toBe(false);
});

test(
  'after one visit the game reloads off-line and plays a casus it never opened, with its fonts, sounds and stage',
  { tag: '@stage' },
  async ({ page, context, baseURL }) => {
    await openFreshGame(page);
    const worker = await controlledByServiceWorker(page);
    // Relative URL and scope: the worker lives in the game's folder (the sub-path the tests serve it from).
    expect(worker).toBe(new URL('sw.js', baseURL).href);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(baseURL);
    await configKeptForOffline(page);

    await context.setOffline(true);
    // A link with parameters is answered from the precache too.
    await page.goto(`./?taal=nl`);
    await expect(page.getByRole('heading', TITLE)).toBeVisible();
    // The fonts came from the precache (a failed font would fall back silently, so ask for it by name).
    expect(await page.evaluate(async () => (await document.fonts.load('700 1em "Atkinson Hyperlegible"')).length)).toBeGreaterThan(0);
    // Every sound is there, as the game's audio loader asks for it.
    const sounds = await page.evaluate(async () =>
      Promise.all(
        ['select', 'receipt-line', 'receipt-done', 'debrief'].map(async (name) => {
          const response = await fetch(`audio/${name}.wav`);
          return `${name}: ${response.status} ${(await response.arrayBuffer()).byteLength > 1000 ? 'audio' : 'empty'}`;
        }),
      ),
    );
    expect(sounds).toEqual(['select: 200 audio', 'receipt-line: 200 audio', 'receipt-done: 200 audio', 'debrief: 200 audio']);
    // The school's config file (never precached: it is edited after the build) was kept from the first visit.
    expect(await page.evaluate(async () => (await fetch('kostenbewust.config.json', { cache: 'no-store' })).json())).toEqual({
      xapi: null,
    });

    await startButton(page, UNOPENED.nl).click();
    await page.getByRole('button', { name: 'Begin de casus' }).click();
    await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Wat er gebeurt' })).toBeVisible();
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.getByText('Beslismoment 2')).toBeVisible();
    // The illustration's engine (its own chunk, loaded after the title) drew off-line as well.
    await page.waitForFunction(() => performance.getEntriesByName('app:first-phaser-frame').length > 0, undefined, { timeout: 30_000 });
    await expect(page.locator('#stage')).not.toHaveClass(/stage--off/);
    await context.setOffline(false);
  },
);

test('inside an LMS launch and inside a frame the game registers no service worker', async ({ page }) => {
  // The SCORM packages launch index.html?lms=…; without an LMS around it the game still plays (and says so).
  await page.goto('./index.html?lms=scorm12');
  await expect(page.getByRole('heading', TITLE)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await registrations(page)).toBe(0);

  // The embedding example frames the game from the same folder.
  await page.goto('./inbedden-voorbeeld.html');
  await expect(page.frameLocator('#spel').getByRole('heading', TITLE)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await registrations(page)).toBe(0);

  // The same folder opened as a page of its own does register it: the two checks above could fail.
  await openFreshGame(page);
  await controlledByServiceWorker(page);
  expect(await registrations(page)).toBe(1);
});

test.describe('a new version', () => {
  let server: Server;
  let dir: string;
  let url: string;

  test.beforeAll(async () => {
    // A copy of the build that this test can change under the running game, served from its own sub-path.
    dir = mkdtempSync(join(tmpdir(), 'update-'));
    cpSync('dist', dir, { recursive: true });
    ({ server, url } = await serveStatic({ root: dir, prefix: '/scholen/spel/', port: await freePort() }));
  });

  test.afterAll(async () => {
    if (server) await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  test('is offered on the title screen with a button, never under a running casus', async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', TITLE)).toBeVisible();
    await controlledByServiceWorker(page);

    await startButton(page, SCENARIO.nl).click();
    await page.getByRole('button', { name: 'Begin de casus' }).click();
    await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Wat er gebeurt' })).toBeVisible();

    // A deployment replaces the worker; the browser finds it on its next check (asked for here, as it does by itself).
    appendFileSync(join(dir, 'sw.js'), '\n// a new version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null, undefined, {
      timeout: 60_000,
    });
    const notice = page.locator('[data-notice="update"]');
    // In the casus nothing is offered and nothing changes: the same consequence is still on screen.
    await expect(page.getByRole('heading', { level: 2, name: 'Wat er gebeurt' })).toBeVisible();
    await expect(notice).toHaveCount(0);

    await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
    await expect(notice).toContainText('Er is een nieuwe versie van het spel.');
    const update = notice.getByRole('button', { name: 'Nu bijwerken' });
    await expect(update).toBeVisible();

    const reloaded = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
    await update.click();
    await reloaded;
    await expect(page.getByRole('heading', TITLE)).toBeVisible();
    await expect(notice).toHaveCount(0);
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting ?? null, active: registration?.active?.state };
      }),
    ).toEqual({ waiting: null, active: 'activated' });
    // The progress in the casus survived the update.
    await expect(page.getByRole('button', { name: `Verder spelen ${SCENARIO.nl}` })).toBeVisible();
  });
});
