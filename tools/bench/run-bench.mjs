// `npm run bench`: load-time numbers for the production app vs a bare Phaser page.
// Prints measurements only; there is no pass/fail.
//   node tools/bench/run-bench.mjs [--no-build] [--runs=N] [--only=loads|frames|phone]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, explainMissingChromium, findChromium } from '../test/chromium.mjs';
import { serveStatic } from '../test/static-server.mjs';
import { benchFrames } from './bench-frames.mjs';
import { benchPhone } from './bench-phone.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MARK_TIMEOUT_MS = 30_000;
/** The two pages under test, each served from its own URL prefix. */
const PAGES = [
  {
    id: 'app',
    label: 'app (dist/)',
    dir: join(ROOT, 'dist'),
    menuMark: 'app:menu-usable',
    frameMark: 'app:first-phaser-frame',
  },
  {
    id: 'hello',
    label: 'hello (Phaser baseline)',
    dir: join(ROOT, 'dist-bench', 'hello'),
    menuMark: 'bench:menu-usable',
    frameMark: 'bench:first-phaser-frame',
  },
];

function parseArgs(argv) {
  const runsArg = argv.find((a) => a.startsWith('--runs='));
  const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`bad --runs value: ${runsArg}`);
  const onlyArg = argv.find((a) => a.startsWith('--only='));
  const only = onlyArg ? onlyArg.slice('--only='.length) : null;
  if (only !== null && !['loads', 'frames', 'phone'].includes(only)) throw new Error(`bad --only value: ${onlyArg}`);
  return { build: !argv.includes('--no-build'), runs, only };
}

// ---------------------------------------------------------------- build

function viteBuild(label, extraArgs) {
  const started = Date.now();
  process.stdout.write(`building ${label}... `);
  const res = spawnSync('npx', ['vite', 'build', ...extraArgs], { cwd: ROOT, encoding: 'utf8' });
  if (res.status === 0) {
    console.log(`ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return true;
  }
  console.log('FAILED');
  console.log((res.stdout ?? '') + (res.stderr ?? '') + (res.error ? String(res.error) : ''));
  return false;
}

/** Returns the set of page ids whose build failed (their dist output would be stale). */
function buildAll(buildApp) {
  const failed = new Set();
  if (buildApp && !viteBuild('app', [])) failed.add('app');
  if (!viteBuild('hello', ['-c', 'bench/vite.hello.config.ts'])) {
    console.error('the hello baseline must build; giving up');
    process.exit(1);
  }
  return failed;
}

// ---------------------------------------------------------------- static server

/** Maps `/<page id>/<path>` to a file inside that page's dist dir, or null. */
function resolveFile(urlPath) {
  const [, id, ...rest] = decodeURIComponent(urlPath).split('/');
  const page = PAGES.find((p) => p.id === id);
  if (!page) return null;
  let file = resolve(page.dir, rest.join('/'));
  if (file !== page.dir && !file.startsWith(page.dir + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

// ---------------------------------------------------------------- browser

function chromiumPath() {
  const path = findChromium();
  if (path) return path;
  explainMissingChromium();
  process.exit(1);
}

async function waitForMark(page, name, timeout) {
  try {
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout });
  } catch {
    return null;
  }
  return page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, name);
}

/** JS resources of this page load, with start times on the same clock as the marks. */
function jsResources(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => /\.m?js$/.test(new URL(e.name).pathname))
      .map((e) => ({ url: e.name, startTime: e.startTime })),
  );
}

const gzipCache = new Map();

function fileBytes(url) {
  const file = resolveFile(new URL(url).pathname);
  if (!file) return { raw: 0, gzip: 0 };
  if (!gzipCache.has(file)) {
    const body = readFileSync(file);
    gzipCache.set(file, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return gzipCache.get(file);
}

function sumBytes(resources) {
  return resources.reduce(
    (acc, r) => {
      const b = fileBytes(r.url);
      return { raw: acc.raw + b.raw, gzip: acc.gzip + b.gzip, files: acc.files + 1 };
    },
    { raw: 0, gzip: 0, files: 0 },
  );
}

/**
 * JS requested up to three moments: the menu becoming usable ("initial"), the load
 * event, and the first Phaser frame (which includes lazily loaded chunks).
 */
function jsBudget(resources, moments) {
  const upTo = (t) => (t === null ? null : sumBytes(resources.filter((r) => r.startTime <= t)));
  return { initial: upTo(moments.menuAt), load: upTo(moments.loadAt), total: upTo(moments.frameAt) };
}

/** One fresh load in a new context with the HTTP cache disabled. */
async function measureOnce(browser, baseUrl, spec, timeouts) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

    await page.goto(`${baseUrl}/${spec.id}/`, { waitUntil: 'load' });
    const loadAt = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.loadEventStart ?? null);
    const menuAt = await waitForMark(page, spec.menuMark, timeouts.menu);
    const frameAt = await waitForMark(page, spec.frameMark, timeouts.frame);
    const renderer = await page.evaluate(() => window.__rendererType ?? null);
    const js = jsBudget(await jsResources(page), { menuAt, loadAt, frameAt });
    return { loadAt, menuAt, frameAt, renderer, js, errors };
  } finally {
    await context.close();
  }
}

/** Reason to skip a page before loading it, or null. */
function skipReason(spec, failedBuilds) {
  if (failedBuilds.has(spec.id)) return 'its build failed (see output above)';
  if (!existsSync(join(spec.dir, 'index.html'))) return `${spec.dir}/index.html is missing`;
  return null;
}

async function measurePage(browser, baseUrl, spec, runs, failedBuilds) {
  const reason = skipReason(spec, failedBuilds);
  if (reason) {
    console.log(`skipping ${spec.label}: ${reason}`);
    return [];
  }
  // Once a mark has failed to appear, later loads do not wait 30 s for it again.
  const timeouts = { menu: MARK_TIMEOUT_MS, frame: MARK_TIMEOUT_MS };
  const samples = [];
  process.stdout.write(`measuring ${spec.label} `);
  for (let i = 0; i < runs; i++) {
    process.stdout.write('.');
    const sample = await measureOnce(browser, baseUrl, spec, timeouts);
    if (sample.menuAt === null) timeouts.menu = 1;
    if (sample.frameAt === null) timeouts.frame = 1;
    samples.push(sample);
  }
  console.log(` ${runs} loads`);
  reportMissing(spec, samples);
  return samples;
}

function reportMissing(spec, samples) {
  for (const [key, mark] of [
    ['menuAt', spec.menuMark],
    ['frameAt', spec.frameMark],
  ]) {
    if (samples.every((s) => s[key] === null)) {
      console.log(`  note: performance.mark('${mark}') never appeared on ${spec.label} (n/a)`);
    }
  }
  const errors = [...new Set(samples.flatMap((s) => s.errors))];
  for (const e of errors.slice(0, 3)) console.log(`  page error: ${e}`);
}

// ---------------------------------------------------------------- report

function stats(values) {
  const v = values.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (t) => `${t.toFixed(0)} ms`;
const count = (n) => String(n);

const METRICS = [
  { label: 'initial JS raw (before menu usable)', get: (s) => s.js.initial?.raw, fmt: kib },
  { label: 'initial JS gzip -9', get: (s) => s.js.initial?.gzip, fmt: kib },
  { label: 'initial JS files', get: (s) => s.js.initial?.files, fmt: count },
  { label: 'JS raw by load event', get: (s) => s.js.load?.raw, fmt: kib },
  { label: 'JS gzip -9 by load event', get: (s) => s.js.load?.gzip, fmt: kib },
  { label: 'JS files by load event', get: (s) => s.js.load?.files, fmt: count },
  { label: 'JS raw until first Phaser frame', get: (s) => s.js.total?.raw, fmt: kib },
  { label: 'JS gzip -9 until first Phaser frame', get: (s) => s.js.total?.gzip, fmt: kib },
  { label: 'JS files until first Phaser frame', get: (s) => s.js.total?.files, fmt: count },
  { label: 'load event', get: (s) => s.loadAt, fmt: ms },
  { label: 'menu usable', get: (s) => s.menuAt, fmt: ms },
  { label: 'first Phaser frame', get: (s) => s.frameAt, fmt: ms },
];

function cell(st, fmt) {
  if (!st) return 'n/a';
  if (st.min === st.max) return fmt(st.median);
  return `${fmt(st.median)} (${fmt(st.min)}..${fmt(st.max)})`;
}

function ratio(a, b) {
  return a && b && b.median !== 0 ? `${(a.median / b.median).toFixed(2)}x` : 'n/a';
}

function printTable(results) {
  const [app, hello] = PAGES.map((p) => results.get(p.id));
  const rows = [['metric (median, min..max)', 'app', 'hello', 'app/hello']];
  for (const m of METRICS) {
    const a = stats(app.map(m.get));
    const h = stats(hello.map(m.get));
    rows.push([m.label, cell(a, m.fmt), cell(h, m.fmt), ratio(a, h)]);
  }
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  const line = (r) => r.map((c, col) => (col === 0 ? c.padEnd(widths[col]) : c.padStart(widths[col]))).join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
  // The hello page's "menu" is a bare HTML button; its first usable *game* screen is its first Phaser frame.
  const appMenu = stats(app.map((s) => s.menuAt));
  const helloFrame = stats(hello.map((s) => s.frameAt));
  console.log('');
  console.log(
    `first usable screen: app menu ${appMenu ? ms(appMenu.median) : 'n/a'} vs hello first Phaser frame ${helloFrame ? ms(helloFrame.median) : 'n/a'} (${ratio(appMenu, helloFrame)})`,
  );
}

function rendererOf(samples) {
  const types = [...new Set(samples.map((s) => s.renderer ?? 'unknown'))];
  return types.length ? types.join('/') : 'n/a';
}

// ---------------------------------------------------------------- main

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const executablePath = chromiumPath();
  const failedBuilds = buildAll(args.build);
  // One plain static server per page (no compression, no caching: transfer size equals file size).
  const served = await Promise.all(PAGES.map((p) => serveStatic({ root: p.dir, prefix: `/${p.id}/` })));
  const origins = new Map(PAGES.map((p, i) => [p.id, new URL(served[i].url).origin]));
  // The phone profile's slow network counts transferred bytes: serve it as a host would, gzipped.
  const zipped = await Promise.all(PAGES.map((p) => serveStatic({ root: p.dir, prefix: `/${p.id}/`, gzip: true })));
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const part = (name) => args.only === null || args.only === name;
    if (part('loads')) {
      const results = new Map();
      for (const spec of PAGES) {
        results.set(spec.id, await measurePage(browser, origins.get(spec.id), spec, args.runs, failedBuilds));
      }
      console.log('');
      console.log(`Chromium ${browser.version()}, ${args.runs} fresh loads per page, cache disabled`);
      for (const spec of PAGES) console.log(`renderer ${spec.label}: ${rendererOf(results.get(spec.id))}`);
      console.log('');
      printTable(results);
    }
    if (!failedBuilds.has('app')) {
      if (part('frames')) await benchFrames(browser, { app: `${origins.get('app')}/app/`, hello: `${origins.get('hello')}/hello/` });
      console.log('');
      if (part('phone'))
        await benchPhone(
          browser,
          { app: `${new URL(zipped[0].url).origin}/app/`, hello: `${new URL(zipped[1].url).origin}/hello/` },
          args.runs,
        );
    }
  } finally {
    await browser.close();
    for (const { server } of [...served, ...zipped]) server.close();
  }
}

await main();
