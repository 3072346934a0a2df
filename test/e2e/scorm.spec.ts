import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { freePort } from '../../tools/test/free-port.mjs';
import { serveStatic } from '../../tools/test/static-server.mjs';
import { SCENARIO, expect, startButton, test } from './fixtures.ts';
import { playFirstOptions } from './play-frame.ts';

/**
 * The real scorm-again runtime acts as the LMS: a test page holds its API object and opens the package's launch
 * page (read from the unpacked zip's imsmanifest.xml) in a frame, as an LMS does.
 */
test.use({ reducedMotion: 'reduce' });
test.describe.configure({ mode: 'serial' });

const VERSIONS = {
  scorm12: { runtime: 'scorm12.min.js', global: 'Scorm12API', api: 'API' },
  scorm2004: { runtime: 'scorm2004.min.js', global: 'Scorm2004API', api: 'API_1484_11' },
} as const;
type Version = keyof typeof VERSIONS;

let server: Server;
let lmsUrl: string;
let dir: string;
const launch: Partial<Record<Version, string>> = {};

function lmsPage(version: Version): string {
  const { runtime, global, api } = VERSIONS[version];
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS ${version}</title></head><body>
<script src="${runtime}"></script>
<script>
  const params = new URLSearchParams(location.search);
  window.${api} = new ${global}({ autocommit: false });
  if (params.get('suspend')) window.${api}.loadFromJSON({ suspend_data: params.get('suspend') });
  window.lmsData = () => JSON.parse(JSON.stringify(window.${api}.cmi));
</script>
<iframe id="sco" title="Kostenbewust Interveniëren" src="${version}/${launch[version]}" style="width:1200px;height:900px;border:0"></iframe>
</body></html>`;
}

test.beforeAll(async () => {
  execFileSync('npx', ['tsx', 'tools/build/build-scorm.ts'], { stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'lms-'));
  const runtimeDir = dirname(createRequire(import.meta.url).resolve('scorm-again/scorm12'));
  const zips = readdirSync('dist-scorm');
  for (const version of Object.keys(VERSIONS) as Version[]) {
    const zip = zips.find((name) => name.startsWith(`kostenbewust-${version}-`));
    if (!zip) throw new Error(`no ${version} zip in dist-scorm/`);
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join('dist-scorm', zip))))) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(dir, version, name)), { recursive: true });
      writeFileSync(join(dir, version, name), bytes);
    }
    const manifest = readFileSync(join(dir, version, 'imsmanifest.xml'), 'utf8');
    const href = /<resource [^>]*href="([^"]+)"/.exec(manifest)?.[1] ?? '';
    const parameters = /<item [^>]*parameters="([^"]+)"/.exec(manifest)?.[1] ?? '';
    launch[version] = href.replace(/&amp;/g, '&') + parameters;
    copyFileSync(join(runtimeDir, VERSIONS[version].runtime), join(dir, VERSIONS[version].runtime));
    writeFileSync(join(dir, `${version}.html`), lmsPage(version));
  }
  ({ server, url: lmsUrl } = await serveStatic({ root: dir, prefix: '/', port: await freePort() }));
});

test.afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

type Cmi = Record<string, unknown> & { suspend_data: string };
const lmsData = (page: Page) => page.evaluate(() => (window as unknown as { lmsData: () => Cmi }).lmsData());

for (const version of Object.keys(VERSIONS) as Version[]) {
  test(`${version}: the LMS records every choice, the completion, the score, the three values and the resume state`, async ({ page }) => {
    await page.goto(`${lmsUrl}${version}.html`);
    const frame = page.frameLocator('#sco');
    // The title says where the choices go: to the LMS, under the learner's own account there.
    await expect(frame.locator('.privacy')).toHaveText(
      'Dit spel stuurt je keuzes en scores naar de leeromgeving (LMS) die het spel opende, bij je account daar, met je voortgang. Al het andere blijft in deze browser.',
    );
    await startButton(frame as unknown as Page).click();
    const decisions = await playFirstOptions(frame);

    await expect.poll(async () => JSON.stringify(await lmsData(page))).toContain('completed');
    const cmi = await lmsData(page);
    const interactions = Object.values(cmi.interactions as Record<string, Record<string, string>>);
    expect(interactions).toHaveLength(decisions);
    expect(interactions[0]).toMatchObject({
      id: expect.stringMatching(new RegExp(`^${SCENARIO.id}\\.`)),
      type: 'choice',
      result: 'neutral',
    });
    const objectives = Object.values(cmi.objectives as Record<string, { id: string; score: { raw: string } }>);
    expect(objectives.map((o) => o.id)).toEqual(['legitimiteit', 'betrokkenheid', 'rendement', 'balans']);
    expect(cmi.suspend_data).toMatch(new RegExp(`^k1:${SCENARIO.id}:b[0-9a-z]*\\.`));
    console.log(`${version}: suspend_data ${cmi.suspend_data.length} characters after ${decisions} decisions`);
    if (version === 'scorm12') {
      const core = cmi.core as { lesson_status: string; score: { raw: string; max: string } };
      expect(core.lesson_status).toBe('completed');
      expect(core.score.raw).toBe(objectives[3]?.score.raw);
      expect(Number(core.score.raw)).toBeGreaterThan(0);
    } else {
      const score = cmi.score as { scaled: string; raw: string };
      expect(cmi.completion_status).toBe('completed');
      expect(Number(score.scaled)).toBeCloseTo(Number(score.raw) / 100);
      expect(interactions[0]?.description).toMatch(
        /^legitimiteit [+-]?\d+; betrokkenheid [+-]?\d+; rendement [+-]?\d+; kassabon \d+ cent$/,
      );
      expect(interactions[0]?.learner_response).toBe(interactions[0]?.learner_response?.trim());
    }

    // Leaving the page finishes the attempt.
    await page.evaluate(() => document.getElementById('sco')?.remove());
    await expect
      .poll(() =>
        page.evaluate(
          (api) => (window as unknown as Record<string, { isTerminated(): boolean }>)[api]?.isTerminated(),
          VERSIONS[version].api,
        ),
      )
      .toBe(true);
  });
}

test('scorm12: an attempt resumes from suspend_data in a browser that has no save of its own', async ({ page, browser }) => {
  await page.goto(`${lmsUrl}scorm12.html`);
  const frame = page.frameLocator('#sco');
  await startButton(frame as unknown as Page).click();
  await frame.getByRole('button', { name: 'Begin de casus' }).click();
  for (let i = 0; i < 2; i++) {
    await frame.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
    await frame.getByRole('button', { name: 'Verder' }).click();
  }
  await expect(frame.getByText('Beslismoment 3')).toBeVisible();
  const suspend = (await lmsData(page)).suspend_data;

  const elsewhere = await browser.newContext({ reducedMotion: 'reduce' });
  try {
    const other = await elsewhere.newPage();
    await other.goto(`${lmsUrl}scorm12.html?suspend=${encodeURIComponent(suspend)}`);
    const resumed = other.frameLocator('#sco');
    await resumed.getByRole('button', { name: `Verder spelen ${SCENARIO.nl}` }).click();
    await expect(resumed.getByText('Beslismoment 3')).toBeVisible();
  } finally {
    await elsewhere.close();
  }
});

/** Plays `decisions` decisions of the casus inside the LMS page and gives the suspend_data the LMS then holds. */
async function playInLms(page: Page, decisions: number): Promise<string> {
  await page.goto(`${lmsUrl}scorm12.html`);
  const frame = page.frameLocator('#sco');
  await startButton(frame as unknown as Page).click();
  await frame.getByRole('button', { name: 'Begin de casus' }).click();
  for (let i = 0; i < decisions; i++) {
    await frame.locator('[data-option]:not([disabled]):not(.option--argued)').first().click();
    await frame.getByRole('button', { name: 'Verder' }).click();
  }
  await expect(frame.getByText(`Beslismoment ${decisions + 1}`)).toBeVisible();
  return (await lmsData(page)).suspend_data;
}

test('scorm12: the LMS and this browser each had progress; the further one wins, with a notice, and the LMS gets it back', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const further = await playInLms(page, 2);
  const elsewhere = await browser.newContext({ reducedMotion: 'reduce' });
  try {
    const other = await elsewhere.newPage();
    const older = await playInLms(other, 1);
    expect(further.length).toBeGreaterThan(older.length);

    // This browser is one decision behind what the LMS holds: the LMS's progress is used, this browser's set aside.
    await other.goto(`${lmsUrl}scorm12.html?suspend=${encodeURIComponent(further)}`);
    const behind = other.frameLocator('#sco');
    await expect(behind.getByRole('alert')).toContainText('De leeromgeving had meer voortgang dan deze browser');
    expect(await other.evaluate((key) => localStorage.getItem(key), `kostenbewust:quarantaine:save:${SCENARIO.id}`)).toContain(
      'choice.selected',
    );
    await behind.getByRole('button', { name: `Verder spelen ${SCENARIO.nl}` }).click();
    await expect(behind.getByText('Beslismoment 3')).toBeVisible();
  } finally {
    await elsewhere.close();
  }

  // The LMS holds an older state than this browser: the browser's progress is kept and written back to the LMS.
  await page.goto(`${lmsUrl}scorm12.html?suspend=${encodeURIComponent(`k1:${SCENARIO.id}:b0`)}`);
  const ahead = page.frameLocator('#sco');
  await expect(ahead.getByRole('alert')).toContainText('Deze browser had meer voortgang dan de leeromgeving');
  await expect.poll(async () => (await lmsData(page)).suspend_data).toBe(further);
  await ahead.getByRole('button', { name: `Verder spelen ${SCENARIO.nl}` }).click();
  await expect(ahead.getByText('Beslismoment 3')).toBeVisible();
});

test("scorm12: suspend_data never writes a trainer's own casus, only a casus of the package", async ({ page }) => {
  const hostile = `k1:eigen-twee-zonen:b0.*een-keuze`;
  await page.goto(`${lmsUrl}scorm12.html?suspend=${encodeURIComponent(hostile)}`);
  const frame = page.frameLocator('#sco');
  await expect(startButton(frame as unknown as Page)).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('save:')));
  expect(keys).toEqual([]);
});

test('without an LMS the package still plays, and says so discreetly', async ({ page }) => {
  await page.goto('./index.html?lms=scorm2004');
  await expect(page.getByRole('alert')).toContainText('geen leeromgeving');
  await expect(page.locator('.privacy')).toHaveText('Dit spel stuurt niets naar buiten: je voortgang blijft in deze browser.');
  await startButton(page).click();
  await expect(page.getByRole('button', { name: 'Begin de casus' })).toBeVisible();
});
