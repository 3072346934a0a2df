// Two builds of the game on the phone profile (tools/bench/bench-phone.mjs), loaded in turn so both see the same machine
// load: when the first "Start casus" is usable in each. For trying a loading change against the build before it.
// Prints numbers only.
//   node tools/bench/bench-phone-compare.mjs <dist A> <dist B> [--runs=N] [--desktop]
// --desktop: the desktop profile of `npm run bench` instead (default viewport, no throttling, files sent as they are).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, explainMissingChromium, findChromium } from '../test/chromium.mjs';
import { serveStatic } from '../test/static-server.mjs';
import { FAST_3G, PHONE_CPU_RATE, PHONE_VIEWPORT } from './bench-phone.mjs';

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : 5;
const desktop = process.argv.includes('--desktop');
if (dirs.length < 2 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: node tools/bench/bench-phone-compare.mjs <dist A> <dist B> [--runs=N]');
  process.exit(1);
}

async function menuTime(browser, url) {
  const context = await browser.newContext(desktop ? {} : { viewport: PHONE_VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (!desktop) {
      await cdp.send('Network.emulateNetworkConditions', FAST_3G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_RATE });
    }
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('app:menu-usable').length > 0, undefined, {
      timeout: 60_000,
      polling: 50,
    });
    return await page.evaluate(() => performance.getEntriesByName('app:menu-usable')[0].startTime);
  } finally {
    await context.close();
  }
}

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const executablePath = findChromium();
if (!executablePath) {
  explainMissingChromium();
  process.exit(1);
}
const servers = await Promise.all(dirs.map((root) => serveStatic({ root, prefix: '/app/', gzip: !desktop })));
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
const times = dirs.map(() => []);
try {
  for (let i = 0; i < runs; i++) {
    // Alternate which build goes first, so neither always loads on the heels of the other.
    const order = i % 2 === 0 ? dirs.map((_, d) => d) : dirs.map((_, d) => dirs.length - 1 - d);
    for (const d of order) times[d].push(await menuTime(browser, servers[d].url));
    process.stdout.write('.');
  }
} finally {
  await browser.close();
  for (const { server } of servers) server.close();
}
console.log('');
dirs.forEach((dir, d) => {
  const v = times[d];
  console.log(
    `${dir} (${desktop ? 'desktop' : 'phone'} profile): first "Start casus" usable ${median(v).toFixed(0)} ms (${Math.min(...v).toFixed(0)}..${Math.max(...v).toFixed(0)}), ${v.length} loads`,
  );
});
