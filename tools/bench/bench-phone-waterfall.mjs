// The request waterfall of one load of the built game (dist/) on the phone profile (tools/bench/bench-phone.mjs), up to
// the first usable "Start casus": every request with its start and end, bytes on the wire, and its depth (how
// many requests had to finish, one after the other, before it could start). Prints numbers only.
//   node tools/bench/bench-phone-waterfall.mjs [--runs=N]   (build first: npx vite build)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, explainMissingChromium, findChromium } from '../test/chromium.mjs';
import { serveStatic } from '../test/static-server.mjs';
import { FAST_3G, PHONE_CPU_RATE, PHONE_VIEWPORT } from './bench-phone.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');

const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : 1;

/** One load: the requests (CDP timestamps turned into ms since the document's request) and the page's marks. */
async function loadOnce(browser, url) {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!requests.has(e.requestId))
        requests.set(e.requestId, {
          url: e.request.url,
          start: e.timestamp,
          initiator: e.initiator?.type ?? '?',
          priority: e.request.initialPriority,
        });
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.response = e.timestamp;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { end: e.timestamp, bytes: e.encodedDataLength });
    });
    cdp.on('Network.loadingFailed', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { end: e.timestamp, failed: e.errorText });
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_RATE });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('app:menu-usable').length > 0, undefined, {
      timeout: 60_000,
      polling: 50,
    });
    const marks = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        responseEnd: nav?.responseEnd,
        domInteractive: nav?.domInteractive,
        domContentLoaded: nav?.domContentLoadedEventStart,
        firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        menuUsable: performance.getEntriesByName('app:menu-usable')[0].startTime,
      };
    });
    return { requests: [...requests.values()], marks };
  } finally {
    await context.close();
  }
}

function print({ requests, marks }, origin) {
  const t0 = Math.min(...requests.map((r) => r.start));
  const ms = (t) => (t === undefined ? '   -  ' : `${((t - t0) * 1000).toFixed(0).padStart(5)}`);
  const menuAt = marks.menuUsable;
  // Depth: a request that starts after another has ended may have waited for it; count the longest such chain.
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  for (const r of sorted) {
    const before = sorted.filter((o) => o !== r && o.end !== undefined && o.end <= r.start);
    r.depth = 1 + Math.max(0, ...before.map((o) => o.depth ?? 1));
  }
  console.log('start    end  depth  bytes  initiator  file');
  let beforeMenu = { files: 0, bytes: 0, depth: 0 };
  for (const r of sorted) {
    const name = r.url.startsWith(origin) ? r.url.slice(origin.length) : r.url;
    const startMs = (r.start - t0) * 1000;
    const before = startMs <= menuAt;
    if (before)
      beforeMenu = { files: beforeMenu.files + 1, bytes: beforeMenu.bytes + (r.bytes ?? 0), depth: Math.max(beforeMenu.depth, r.depth) };
    console.log(
      `${ms(r.start)}  ${ms(r.end)}  ${String(r.depth).padStart(5)}  ${String(r.bytes ?? '-').padStart(6)}  ${r.initiator.padEnd(9)}  ${before ? '' : '(after menu) '}${name}${r.failed ? ` FAILED ${r.failed}` : ''}`,
    );
  }
  console.log(
    `marks (ms): ${Object.entries(marks)
      .map(([k, v]) => `${k} ${v === undefined ? '-' : v.toFixed(0)}`)
      .join(', ')}`,
  );
  console.log(
    `before the menu: ${beforeMenu.files} requests, ${(beforeMenu.bytes / 1024).toFixed(1)} KiB on the wire, waterfall depth ${beforeMenu.depth}`,
  );
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/index.html is missing: run npx vite build first');
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  explainMissingChromium();
  process.exit(1);
}
const { server, url } = await serveStatic({ root: DIST, prefix: '/app/', gzip: true });
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
try {
  for (let i = 0; i < runs; i++) {
    if (i > 0) console.log('');
    print(await loadOnce(browser, url), url);
  }
} finally {
  await browser.close();
  server.close();
}
