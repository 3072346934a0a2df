import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveStatic } from '../../tools/test/static-server.mjs';
import { startLoopbackLrs, type LoopbackLrs, type StoredStatement } from '../support/loopback-lrs.mjs';
import { BASE_PATH } from '../../playwright.config.ts';
import { classRegistration } from '../../src/app/reporting/xapi/xapi-ids.ts';
import { SCENARIO, expect, test, consequenceLeadsTo } from './fixtures.ts';
import { expectTablesWhole } from './table-checks.ts';
import { wcagAxe } from './axe.ts';

test.use({ reducedMotion: 'reduce' });
// One build admitting the loopback LRS, one LRS: the tests in this file share them and run one after another.
test.describe.configure({ mode: 'serial' });

const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;
const KLAS = 'Groep 3B';

let lrs: LoopbackLrs;
let dir: string;
let server: Server;
/** The game built with KOSTENBEWUST_LRS_ORIGIN set to the loopback LRS, served from a sub-path of its own origin. */
let gameUrl: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  lrs = await startLoopbackLrs({ key: 'klas-sleutel', secret: 'klas-geheim', pageSize: 4 });
  dir = mkdtempSync(join(tmpdir(), 'kostenbewust-xapi-'));
  const built = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, KOSTENBEWUST_LRS_ORIGIN: lrs.origin },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`build with an LRS origin failed:\n${built.stderr}`);
  ({ server, url: gameUrl } = await serveStatic({ root: dir, prefix: BASE_PATH }));
});

test.afterAll(async () => {
  await lrs?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test.afterEach(() => {
  // Every statement the game sent is checked by xapi-validation; one it refused fails the test that sent it.
  expect(lrs.rejected).toEqual([]);
});

const lrsParams = (klas = KLAS) =>
  `lrs=${encodeURIComponent(lrs.endpoint)}&lrsauth=${encodeURIComponent(`${lrs.key}:${lrs.secret}`)}&klas=${encodeURIComponent(klas)}`;
async function expectNoAxeViolations(page: Page, where: string) {
  const results = await wcagAxe(page).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    where,
  ).toEqual([]);
}

const connectSrc = (html: string) => /connect-src ([^;"]*)/.exec(html.replaceAll('&#39;', "'"))?.[1];

/** An argued choice asks for an argument before it counts: give the first (or last); returns `~<argument>` or ''. */
async function giveArgument(page: Page, pick: 'first' | 'last'): Promise<string> {
  const argument = page.locator('[data-argument]')[pick]();
  const happened = page.getByRole('heading', { level: 2, name: 'Wat er gebeurt' });
  await expect(argument.or(happened).first()).toBeVisible({ timeout: 20_000 });
  let chosen = '';
  if (await argument.isVisible()) {
    chosen = `~${(await argument.getAttribute('data-argument')) ?? ''}`;
    await argument.click();
  }
  await expect(happened).toBeVisible({ timeout: 20_000 });
  return chosen;
}

/** Plays the open casus to its debrief, always the first (or last) option on offer; returns the option ids chosen. */
async function playRoute(page: Page, pick: 'first' | 'last'): Promise<string[]> {
  const route: string[] = [];
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  for (let decision = 1; decision <= 20; decision++) {
    const option = page.locator('[data-option]:not([disabled]):not(.option--argued)')[pick]();
    const optionId = (await option.getAttribute('data-option')) ?? '';
    await option.click();
    route.push(optionId + (await giveArgument(page, pick)));
    if ((await consequenceLeadsTo(page)) === 'debrief') {
      await page.getByRole('button', { name: 'Naar de nabespreking' }).click();
      await expect(page.getByTestId('overall-score')).toBeVisible();
      return route;
    }
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  throw new Error('No ending within 20 decisions');
}

/** The option each trainee of a class chose at a moment, read back from the LRS. */
const choiceAt = (registration: string | undefined, actor: string, moment: string) =>
  lrs.statements.find(
    (s) =>
      s.context?.registration === registration &&
      s.actor.account.name === actor &&
      s.verb.id === VERB('answered') &&
      s.object.id.endsWith(`/moment/${moment}`),
  )?.result?.response;

test('the built CSP admits exactly the configured LRS origin, and only in connect-src', () => {
  for (const page of ['index.html', 'klas-live.html']) {
    const html = readFileSync(join(dir, page), 'utf8');
    expect(connectSrc(html), page).toBe(`'self' data: blob: ${lrs.origin}`);
    expect(html.split(lrs.origin), page).toHaveLength(2);
    expect(connectSrc(readFileSync(join('dist', page), 'utf8')), `dist/${page}`).toBe("'self' data: blob:");
  }
});

test('a trainee plays with an LRS in the link: launched, every choice with its kassabon and deltas, completed with three scores', async ({
  page,
}) => {
  await page.goto(`${gameUrl}index.html?casus=${SCENARIO.id}&${lrsParams()}`);
  // The trainee is told, once, what goes to the LRS and under which class code.
  const info = page.locator('[data-notice="lrs-info"]');
  await expect(info).toContainText('zonder je naam');
  await expect(info).toContainText('groep-3b');
  await expectNoAxeViolations(page, 'briefing with the LRS notice');
  await info.getByRole('button', { name: 'Begrepen' }).click();
  await expect(info).toHaveCount(0);
  const route = await playRoute(page, 'first');
  await expect.poll(() => lrs.statements.filter((s) => s.verb.id === VERB('completed')).length, { timeout: 20_000 }).toBe(1);
  // (This test runs first with this LRS: everything in it is this trainee's.)

  const mine = lrs.statements;
  const actor = mine[0]?.actor.account.name ?? '';
  expect(actor).toMatch(/^speler-[a-z2-9]{12}$/);
  expect(mine.every((s) => s.actor.account.name === actor && !('mbox' in s.actor) && !('name' in s.actor))).toBe(true);
  expect(mine.map((s) => s.verb.id)).toEqual([VERB('launched'), ...route.map(() => VERB('answered')), VERB('completed')]);
  const registration = mine[0]?.context?.registration;
  expect(new Set(mine.map((s) => s.context?.registration))).toEqual(new Set([registration]));

  // The LRS answers the statements query by registration and verb (through `more`, four per page).
  const headers = { Authorization: `Basic ${btoa(`${lrs.key}:${lrs.secret}`)}`, 'X-Experience-API-Version': '1.0.3' };
  const answered: StoredStatement[] = [];
  let next = `${lrs.endpoint}statements?registration=${registration}&verb=${encodeURIComponent(VERB('answered'))}&ascending=true`;
  while (next) {
    const body = (await (await fetch(next, { headers })).json()) as { statements: StoredStatement[]; more: string };
    answered.push(...body.statements);
    next = body.more ? new URL(body.more, lrs.endpoint).href : '';
  }
  expect(answered.map((s) => s.result?.response)).toEqual(route);
  for (const s of answered) expect(s.object.id).toMatch(new RegExp(`^${gameUrl}xapi/casus/${SCENARIO.id}/moment/[a-z0-9_-]+$`));
  expect(answered[0]?.object.id).toBe(`${gameUrl}xapi/casus/${SCENARIO.id}/moment/signaal`);
  for (const s of answered) {
    const extensions = Object.entries(s.result?.extensions ?? {}).map(([key, value]) => [key.split('/').pop(), value]);
    expect(extensions.map(([key]) => key)).toEqual([
      'kassabon-totaal-cent',
      'delta-legitimiteit',
      'delta-betrokkenheid',
      'delta-rendement',
    ]);
    expect(extensions.every(([, value]) => Number.isInteger(value))).toBe(true);
  }
  const completed = mine.at(-1);
  const scores = Object.fromEntries(
    Object.entries(completed?.result?.extensions ?? {}).map(([key, value]) => [key.split('/').pop(), value]),
  );
  const shown = Number(await page.getByTestId('overall-score').textContent());
  expect(Object.keys(scores)).toEqual(
    expect.arrayContaining(['score-legitimiteit', 'score-betrokkenheid', 'score-rendement', 'score-balans']),
  );
  expect(completed?.result?.score).toMatchObject({ raw: scores['score-balans'], scaled: Number(scores['score-balans']) / 100 });
  expect(scores['score-balans']).toBe(shown);
  // Every request carried the version header and the credentials (the LRS refuses others with 400/401).
  expect(lrs.requests.filter((r) => r.method === 'PUT')).toHaveLength(mine.length);
});

test('off-line, statements wait in the browser with a discreet notice; back on-line they arrive in order', async ({
  page,
  context,
  errors,
}) => {
  const before = lrs.statements.length;
  await page.goto(`${gameUrl}index.html?casus=${SCENARIO.id}&${lrsParams('offline-klas')}`);
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await expect.poll(() => lrs.statements.length, { timeout: 20_000 }).toBe(before + 1);
  await context.setOffline(true);
  await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
  await giveArgument(page, 'first');
  await expect(page.locator('[data-notice="lrs"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-notice="lrs"]')).toContainText('wachten op verbinding');
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
  await giveArgument(page, 'first');
  const waiting = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('kostenbewust:xapi-wachtrij:'))
      .map((k) => JSON.parse(localStorage.getItem(k) ?? '[]').length),
  );
  expect(waiting).toEqual([2]);
  expect(lrs.statements.length).toBe(before + 1);

  await context.setOffline(false);
  await expect.poll(() => lrs.statements.length, { timeout: 30_000 }).toBe(before + 3);
  await expect(page.locator('[data-notice="lrs"]')).toHaveCount(0);
  expect(lrs.statements.slice(before).map((s) => s.verb.id)).toEqual([VERB('launched'), VERB('answered'), VERB('answered')]);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kostenbewust:xapi-wachtrij:')))).toEqual([]);
  // The browser logs each failed attempt while off-line; those are expected here, nothing else is.
  const unexpected = errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e));
  errors.splice(0, errors.length, ...unexpected);
});

test('without configuration the game makes no request to anything but its own origin', async ({ page, baseURL }) => {
  const before = lrs.requests.length;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`index.html?casus=${SCENARIO.id}`);
  await playRoute(page, 'first');
  const own = new URL(baseURL ?? '').origin;
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !url.startsWith(`${own}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  expect(lrs.requests.length).toBe(before);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('xapi')))).toEqual([]);
  await expect(page.locator('[data-notice="lrs-info"]')).toHaveCount(0);
});

test('a build whose CSP does not admit the LRS: the browser blocks it, the game plays on and says so', async ({ page, errors }) => {
  const before = lrs.requests.length;
  await page.goto(`index.html?casus=${SCENARIO.id}&${lrsParams('csp-klas')}`);
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await expect(page.locator('[data-notice="lrs"]')).toBeVisible({ timeout: 20_000 });
  await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
  await giveArgument(page, 'first');
  expect(lrs.requests.length).toBe(before);
  const unexpected = errors.filter((e) => !(e.includes(lrs.origin) && /Content Security Policy/.test(e)));
  errors.splice(0, errors.length, ...unexpected);
});

test('the live class view shows per moment how two trainees with the same class code chose, as they play', async ({ browser, page }) => {
  const klas = 'Klas live 7';
  const trainee = async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const tab = await context.newPage();
    await tab.goto(`${gameUrl}index.html?casus=${SCENARIO.id}&${lrsParams(klas)}`);
    return { context, tab };
  };
  const finished = () => lrs.statements.filter((s) => s.verb.id === VERB('completed')).length;
  const before = finished();
  const first = await trainee();
  await playRoute(first.tab, 'first');
  await expect.poll(finished, { timeout: 20_000 }).toBe(before + 1);

  // The page's timers run on Playwright's clock (flowing as real time until the pause below skips ahead), and its
  // reads of the LRS are counted as they start (a read that pages through `more` counts once).
  await page.clock.install();
  await page.addInitScript(() => {
    const fetch = window.fetch.bind(window);
    const counted = window as unknown as { lrsReads: number };
    counted.lrsReads = 0;
    window.fetch = (input, init) => {
      if (String(input).includes('/xapi/statements?registration=') && !String(input).includes('offset=')) counted.lrsReads += 1;
      return fetch(input, init);
    };
  });
  await page.goto(`${gameUrl}klas-live.html?casus=${SCENARIO.id}&${lrsParams(klas)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Klasoverzicht (live)' })).toBeVisible();
  await expect(page.getByLabel('Klascode')).toHaveValue('klas-live-7');
  await expect(page.getByText(/^Bijgewerkt om \d\d:\d\d:\d\d$/)).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.class-live__counts')).toHaveText('Gestart: 1 · Klaar: 1');

  const second = await trainee();
  await playRoute(second.tab, 'last');
  await expect(page.locator('.class-live__counts')).toHaveText('Gestart: 2 · Klaar: 2', { timeout: 20_000 });

  // Per moment, the table says how many chose each option: both routes start at the first moment.
  const firstMoment = 'signaal';
  const classStatements = lrs.statements
    .filter((s) => s.verb.id === VERB('launched') && s.object.id.endsWith(`/casus/${SCENARIO.id}`))
    .slice(-2);
  // An argued option answers `<option>~<argument>`; the view counts it under the option.
  const [a = '', b = ''] = classStatements.map(
    (s) => (choiceAt(s.context?.registration, s.actor.account.name, firstMoment) ?? '').split('~')[0] ?? '',
  );
  expect(a).not.toBe('');
  expect(b).not.toBe('');
  const table = page.locator(`section[aria-labelledby="moment-${firstMoment}"] table`);
  await expect(table).toBeVisible();
  const count = (optionId: string) => table.locator(`tr[data-option="${optionId}"] td`).first();
  if (a === b) await expect(count(a)).toHaveText('2');
  else {
    await expect(count(a)).toHaveText('1');
    await expect(count(b)).toHaveText('1');
  }
  await expect(
    page.locator(`section[aria-labelledby="moment-${firstMoment}"]`).getByText('Aantal cursisten bij dit moment: 2'),
  ).toBeVisible();
  // Moment titles and option labels come from the casus itself.
  await expect(table.getByRole('rowheader').first()).not.toHaveText('');
  await expect(table.getByRole('rowheader').nth(1)).toBeVisible(); // at least two options counted

  await expectNoAxeViolations(page, 'live class view');
  // On a phone and on a projector: every count and share in view, no header word broken.
  for (const [width, height] of [
    [320, 640],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expectTablesWhole(page, '.class-live__results', `live class view at ${width}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scroll at ${width}`).toBe(
      true,
    );
  }
  await expectNoAxeViolations(page, 'live class view at 1920');

  // Another class code, typed and sent with the keyboard: that class has nobody yet.
  await page.getByLabel('Klascode').fill('Andere klas');
  await page.getByLabel('Klascode').press('Enter');
  await expect(page.locator('.class-live__counts')).toHaveText('Gestart: 0 · Klaar: 0', { timeout: 20_000 });
  await page.getByLabel('Klascode').fill(klas);
  await page.getByRole('button', { name: 'Toon klas' }).click();
  await expect(page.locator('.class-live__counts')).toHaveText('Gestart: 2 · Klaar: 2', { timeout: 20_000 });
  const open = await page.evaluate(() => document.activeElement?.textContent);
  expect(open).toBe('Toon klas');

  // Pause: no more reading until resumed; the time stays put and says so.
  const pause = page.getByRole('button', { name: 'Pauzeer verversen' });
  await pause.click();
  await expect(page.getByRole('button', { name: 'Hervat verversen' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/^Gepauzeerd; laatst bijgewerkt om/)).toBeVisible();
  const lrsReads = () => page.evaluate(() => (window as unknown as { lrsReads: number }).lrsReads);
  const reads = await lrsReads();
  // Three polling intervals pass at once, firing every timer due in them: not one read may start while paused.
  await page.clock.runFor(3 * 4_000);
  expect(await lrsReads()).toBe(reads);
  await page.getByRole('button', { name: 'Hervat verversen' }).click();
  await expect.poll(lrsReads, { timeout: 15_000 }).toBeGreaterThan(reads);

  // English, from the same catalogue.
  await page.getByRole('button', { name: /^EN/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Class overview (live)' })).toBeVisible();
  await expect(page.locator('.class-live__counts')).toHaveText('Started: 2 · Finished: 2');
  await first.context.close();
  await second.context.close();
});

test('without an LRS the class view says how to configure one, and reads nothing', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('klas-live.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Klasoverzicht (live)' })).toBeVisible();
  await expect(page.locator('[data-notice="no-lrs"]')).toContainText('kostenbewust.config.json');
  await expectNoAxeViolations(page, 'class view without LRS');
  const own = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(`${own}/`) && !url.startsWith('data:'))).toEqual([]);
});

/** A statement as anyone holding the write key can post it, with the class's registration. */
function forged(klas: string, actor: string, verb: string, object: string, response?: string) {
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: gameUrl, name: actor } },
    verb: { id: VERB(verb), display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: object },
    ...(response ? { result: { response } } : {}),
    context: { registration: classRegistration(klas) },
    timestamp: new Date().toISOString(),
    version: '1.0.3',
  };
}

async function post(...statements: object[]) {
  const response = await fetch(`${lrs.endpoint}statements`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${btoa(`${lrs.key}:${lrs.secret}`)}`,
      'X-Experience-API-Version': '1.0.3',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(statements),
  });
  expect(response.status).toBe(200);
}

test('one learner cannot break the live class view: a moment IRI ending in %FF is skipped and counted, and reading goes on', async ({
  page,
  errors,
}) => {
  const klas = 'Klas onbreekbaar';
  const scenario = `${gameUrl}xapi/casus/${SCENARIO.id}`;
  await post(
    forged(klas, 'speler-echt', 'launched', scenario),
    forged(klas, 'speler-echt', 'answered', `${scenario}/moment/%FF`, 'x'),
    forged(klas, 'speler-verzonnen', 'answered', `${scenario}/moment/signaal`, 'x'),
  );
  await page.goto(`${gameUrl}klas-live.html?casus=${SCENARIO.id}&${lrsParams(klas)}`);
  await expect(page.getByText(/^Bijgewerkt om \d\d:\d\d:\d\d$/)).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-unreadable]')).toHaveText('Berichten die niet te lezen waren (overgeslagen): 1');
  await expect(page.locator('[data-without-start]')).toHaveText('Pseudoniemen met keuzes maar zonder start (niet meegeteld): 1');
  await expect(page.locator('.class-live__counts')).toHaveText('Gestart: 1 · Klaar: 0');
  await expect(page.locator('.class-live__trust')).toContainText('schrijfsleutel');

  // Polling goes on: a valid choice posted now appears in its table.
  const firstMoment = page.locator('section[aria-labelledby="moment-signaal"]');
  const option = (await firstMoment.locator('tr[data-option]').first().getAttribute('data-option')) ?? '';
  expect(option).not.toBe('');
  await post(forged(klas, 'speler-echt', 'answered', `${scenario}/moment/signaal`, option));
  await expect(firstMoment.locator(`tr[data-option="${option}"] td`).first()).toHaveText('1', { timeout: 20_000 });
  await expect(firstMoment.getByText('Aantal cursisten bij dit moment: 1')).toBeVisible();

  // The key left the address bar when the page opened: a reload has none, and the page says how to go on.
  expect(page.url()).not.toContain('lrsauth');
  await page.reload();
  await expect(page.locator('[data-notice="lrs-read"]')).toContainText('weigert de sleutel', { timeout: 20_000 });
  // The LRS's 401 answers are logged by the browser; those are expected here, nothing else is.
  errors.splice(0, errors.length, ...errors.filter((e) => !/status of 401/.test(e)));
  // Opened again through the link, it reads every statement from the start, the bad one skipped again.
  await page.goto(`${gameUrl}klas-live.html?casus=${SCENARIO.id}&${lrsParams(klas)}`);
  await expect(page.locator('[data-unreadable]')).toHaveText('Berichten die niet te lezen waren (overgeslagen): 1', { timeout: 20_000 });
  await expect(firstMoment.locator(`tr[data-option="${option}"] td`).first()).toHaveText('1');
  await page.getByRole('button', { name: /^EN/ }).click();
  await expect(page.locator('[data-unreadable]')).toHaveText('Statements that could not be read (skipped): 1');
  await expectNoAxeViolations(page, 'live class view with skipped statements');
});

test.describe('with the school key in kostenbewust.config.json', () => {
  const configKey = () => `Basic ${btoa(`${lrs.key}:${lrs.secret}`)}`;
  const evil = () => `${lrs.origin}/evil/`;
  const ownKey = `Basic ${btoa('eigen:sleutel')}`;

  test.beforeEach(() => {
    writeFileSync(
      join(dir, 'kostenbewust.config.json'),
      JSON.stringify({ xapi: { endpoint: lrs.endpoint, auth: `${lrs.key}:${lrs.secret}` } }),
    );
  });
  test.afterEach(() => {
    writeFileSync(join(dir, 'kostenbewust.config.json'), JSON.stringify({ xapi: null }));
  });

  /** Every request the page makes to the LRS's origin, with the key it carries. */
  async function watchLrs(page: Page) {
    const seen: { url: string; auth: string | undefined }[] = [];
    await page.route(`${lrs.origin}/**`, async (route) => {
      const request = route.request();
      seen.push({ url: request.url(), auth: (await request.allHeaders()).authorization });
      if (request.url().startsWith(evil())) {
        // The other path answers as an LRS would, so the game has no reason to retry.
        await route.fulfill({
          status: 204,
          headers: { 'Access-Control-Allow-Origin': new URL(gameUrl).origin, 'X-Experience-API-Version': '1.0.3' },
        });
      } else await route.continue();
    });
    return seen;
  }

  test("the title says the choices go to the school's LRS, and they go there with the school's key", async ({ page }) => {
    const seen = await watchLrs(page);
    await page.goto(`${gameUrl}index.html?klas=config-klas`);
    const host = new URL(lrs.origin).host;
    await expect(page.locator('.privacy')).toHaveText(
      `Dit spel stuurt je keuzes en scores naar de leeromgeving (LRS) van je opleiding op ${host}, zonder je naam (je heet daar ‘speler-…’). Al het andere blijft in deze browser.`,
    );
    await page.getByRole('button', { name: /^EN/ }).click();
    await expect(page.locator('.privacy')).toContainText(`your school's learning record store (LRS) at ${host}, without your name`);
    await page.getByRole('button', { name: `Start case ${SCENARIO.en}` }).click();
    await page.getByRole('button', { name: 'Begin the case' }).click();
    await expect
      .poll(() => lrs.statements.filter((s) => s.context?.registration === classRegistration('config-klas')).length, { timeout: 20_000 })
      .toBe(1);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.url.startsWith(lrs.endpoint) && r.auth === configKey())).toBe(true);
  });

  test('a link naming another path without its own key sends nothing, and says so calmly', async ({ page }) => {
    const seen = await watchLrs(page);
    const before = lrs.requests.length;
    await page.goto(`${gameUrl}index.html?casus=${SCENARIO.id}&lrs=${encodeURIComponent(evil())}&klas=aanvaller`);
    await expect(page.locator('[data-notice="lrs-refused"]')).toContainText('stuurt het spel niets');
    await expect(page.locator('[data-notice="lrs-info"]')).toHaveCount(0);
    // The decision is made before the notice shows: a casus played now reports to nobody.
    await page.getByRole('button', { name: 'Begin de casus' }).click();
    await page.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
    await giveArgument(page, 'first');
    expect(seen).toEqual([]);
    expect(lrs.requests.length).toBe(before);
    await page.locator('[data-notice="lrs-refused"]').getByRole('button', { name: 'Begrepen' }).click();
    await expect(page.locator('[data-notice="lrs-refused"]')).toHaveCount(0);
  });

  test("a link's own key leaves the address bar at once, goes only to the link's endpoint, and is copied nowhere", async ({ page }) => {
    const seen = await watchLrs(page);
    await page.goto(`${gameUrl}index.html?lrs=${encodeURIComponent(evil())}&lrsauth=${encodeURIComponent('eigen:sleutel')}&klas=eigen`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(page.url()).not.toMatch(/lrsauth|sleutel/);
    expect(page.url()).toContain('klas=eigen');
    for (const link of await page.locator('[data-mode-link]').all())
      expect(await link.getAttribute('href')).not.toMatch(/lrsauth|sleutel|lrs=/);
    await page.getByRole('button', { name: `Start casus ${SCENARIO.nl}` }).click();
    await page.getByRole('button', { name: 'Begin de casus' }).click();
    await expect.poll(() => seen.filter((r) => r.url.startsWith(`${evil()}statements`)).length, { timeout: 20_000 }).toBe(1);
    expect(seen.map((r) => r.auth)).toEqual([ownKey]);
    const kept = await page.evaluate(() =>
      [document.documentElement.outerHTML, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), location.href].join(
        '\n',
      ),
    );
    for (const secret of ['eigen:sleutel', 'eigen%3Asleutel', btoa('eigen:sleutel')]) expect(kept).not.toContain(secret);
    // Back to the title: the mode links still carry neither the key nor the link's LRS.
    await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
    for (const link of await page.locator('[data-mode-link]').all())
      expect(await link.getAttribute('href')).not.toMatch(/lrsauth|sleutel|lrs=/);
  });
});
