import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { freePort } from '../../tools/test/free-port.mjs';
import { serveStatic } from '../../tools/test/static-server.mjs';
import { SCENARIO, expect, test } from './fixtures.ts';
import { playFirstOptions } from './play-frame.ts';

test.use({ reducedMotion: 'reduce' });

interface Posted {
  source: string;
  version: number;
  type: string;
  [key: string]: unknown;
}

/** A parent page on another origin, served by this test: it embeds the game and keeps what it receives. */
function parentPage(gameUrl: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>ELO</title></head><body>
<iframe id="game" title="Kostenbewust Interveniëren" src="${gameUrl}" style="width:1200px;height:900px;border:0"></iframe>
<script>
  window.received = [];
  window.addEventListener('message', (event) => {
    const frame = document.getElementById('game');
    if (event.source === frame.contentWindow && event.data && event.data.source === 'kostenbewust') window.received.push({ origin: event.origin, data: event.data });
  });
</script></body></html>`;
}

let server: Server;
let parentUrl: string;
let dir: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parent-'));
  const port = await freePort();
  ({ server, url: parentUrl } = await serveStatic({ root: dir, prefix: '/', port }));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

test('a parent page on another origin receives ready, moments, choices with their kassabon and the completed casus', async ({
  page,
  baseURL,
}) => {
  const parentOrigin = new URL(parentUrl).origin;
  const game = new URL(`index.html?casus=${SCENARIO.id}&ouder=${encodeURIComponent(parentOrigin)}`, baseURL).toString();
  writeFileSync(join(dir, 'index.html'), parentPage(game));
  await page.goto(parentUrl);
  const frame = page.frameLocator('#game');
  // casus= opens the casus at once: its briefing, not the title.
  const decisions = await playFirstOptions(frame);

  const received = await page.evaluate(() => (window as unknown as { received: { origin: string; data: Posted }[] }).received);
  const gameOrigin = new URL(baseURL ?? '').origin;
  expect(new Set(received.map((r) => r.origin))).toEqual(new Set([gameOrigin]));
  const messages = received.map((r) => r.data);
  expect(messages[0]).toMatchObject({ source: 'kostenbewust', version: 1, type: 'ready', casussen: expect.arrayContaining([SCENARIO.id]) });
  const types = messages.map((m) => m.type);
  expect(types.filter((t) => t === 'choice.made')).toHaveLength(decisions);
  expect(types.filter((t) => t === 'moment.entered')).toHaveLength(decisions);
  expect(types.at(-1)).toBe('casus.completed');
  const choice = messages.find((m) => m.type === 'choice.made' && (m.lines as unknown[]).length > 0);
  expect(choice).toMatchObject({
    casusId: SCENARIO.id,
    momentId: expect.any(String),
    optionId: expect.any(String),
    totalCents: expect.any(Number),
  });
  expect((choice?.lines as { payer: string }[])[0]?.payer).toEqual(expect.any(String));
  expect(Object.keys(choice?.values as object)).toEqual(['legitimiteit', 'betrokkenheid', 'rendement']);
  const completed = messages.at(-1) as Posted;
  expect(Object.keys(completed.scores as object)).toEqual(['legitimiteit', 'betrokkenheid', 'rendement', 'balans']);
  expect(completed.route).toHaveLength(decisions);
  expect(completed.totalCents).toEqual(expect.any(Number));
});

test('without ouder= the game posts nothing to the page that embeds it', async ({ page, baseURL }) => {
  writeFileSync(join(dir, 'index.html'), parentPage(new URL(`index.html?casus=${SCENARIO.id}`, baseURL).toString()));
  await page.goto(parentUrl);
  const frame = page.frameLocator('#game');
  await frame.getByRole('button', { name: 'Begin de casus' }).click();
  await frame.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
  await expect(frame.getByRole('heading', { level: 2, name: 'Wat er gebeurt' })).toBeVisible({ timeout: 20_000 });
  expect(await page.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([]);
});

test('with ouder= the title says the choices go to the embedding page, by its origin; without, that nothing leaves', async ({
  page,
  baseURL,
}) => {
  const parentOrigin = new URL(parentUrl).origin;
  writeFileSync(join(dir, 'index.html'), parentPage(new URL(`index.html?ouder=${encodeURIComponent(parentOrigin)}`, baseURL).toString()));
  await page.goto(parentUrl);
  const privacy = page.frameLocator('#game').locator('.privacy');
  await expect(privacy).toHaveText(
    `Dit spel stuurt je keuzes en scores naar de pagina waarin dit spel staat (${parentOrigin}). Al het andere blijft in deze browser.`,
  );
  writeFileSync(join(dir, 'index.html'), parentPage(new URL('index.html?taal=en', baseURL).toString()));
  await page.goto(parentUrl);
  await expect(privacy).toHaveText('This game sends nothing anywhere: your progress stays in this browser.');
});

test('the example embedding page that ships with the build lists what the game posts', async ({ page }) => {
  await page.goto('inbedden-voorbeeld.html?casus=twee-zonen');
  const log = page.getByRole('log');
  await expect(log.locator('li[data-type="ready"]')).toHaveCount(1);
  await page.frameLocator('#spel').getByRole('button', { name: 'Begin de casus' }).click();
  await expect(log.locator('li[data-type="moment.entered"]')).toHaveCount(1);
});

test('a link with values the game does not know says so calmly on the title and plays on', async ({ page }) => {
  await page.goto('./?casus=bestaat-niet&taal=de');
  await expect(page.getByRole('alert')).toContainText('niet begrepen');
  await expect(page.getByRole('heading', { level: 1, name: 'Kostenbewust Interveniëren' })).toBeVisible();
});

test('a link that opens a casus says above it what it ignored, until the player dismisses it', async ({ page }) => {
  await page.goto(`./?casus=${SCENARIO.id}&taal=de`);
  await expect(page.getByRole('button', { name: 'Begin de casus' })).toBeVisible({ timeout: 30_000 });
  const notice = page.locator('[data-notice="launch"]');
  await expect(notice).toContainText('niet begrepen en is genegeerd; de casus opent gewoon');
  await notice.getByRole('button', { name: 'Begrepen' }).click();
  await expect(notice).toHaveCount(0);
});

test('taal=en opens the game in English', async ({ page }) => {
  await page.goto(`./?taal=en&casus=${SCENARIO.id}`);
  await expect(page.getByRole('heading', { level: 2, name: SCENARIO.en })).toBeVisible();
});
