// Frame intervals (requestAnimationFrame, p50/p95) of the app's stage against the bare Phaser page, at 1× and
// 4× CPU throttle: idle title, idle moment, and while the kassabon prints. Used by tools/bench/run-bench.mjs.
const SAMPLE_MS = 2000;
const REST_TIMEOUT_MS = 30_000;

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** rAF intervals over `ms` in the page: what a player's display gets while the stage does its work. */
async function intervals(page, ms = SAMPLE_MS) {
  const values = await page.evaluate(
    (duration) =>
      new Promise((resolve) => {
        const out = [];
        let last;
        let start;
        const frame = (t) => {
          if (last !== undefined) out.push(t - last);
          last = t;
          start ??= t;
          if (t - start < duration) requestAnimationFrame(frame);
          else resolve(out);
        };
        requestAnimationFrame(frame);
      }),
    ms,
  );
  const sorted = values.sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

async function waitForRest(page) {
  try {
    await page.waitForFunction(() => document.getElementById('stage')?.dataset.resting === 'true', undefined, { timeout: REST_TIMEOUT_MS });
    return true;
  } catch {
    return false;
  }
}

async function withPage(browser, url, rate, run) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    return await run(page);
  } finally {
    await context.close();
  }
}

async function measureApp(browser, url, rate) {
  return withPage(browser, url, rate, async (page) => {
    const result = {};
    await page.waitForFunction(() => performance.getEntriesByName('app:first-phaser-frame').length > 0, undefined, {
      timeout: REST_TIMEOUT_MS,
    });
    result.titleRests = await waitForRest(page);
    result.title = await intervals(page);
    await page
      .getByRole('button', { name: /^Start casus/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Begin de casus' }).click();
    result.momentRests = await waitForRest(page);
    result.moment = await intervals(page);
    await page.locator('[data-option]').first().click();
    result.printing = await intervals(page);
    return result;
  });
}

async function measureHello(browser, url, rate) {
  return withPage(browser, url, rate, async (page) => {
    await page.waitForFunction(() => performance.getEntriesByName('bench:first-phaser-frame').length > 0, undefined, {
      timeout: REST_TIMEOUT_MS,
    });
    return { idle: await intervals(page) };
  });
}

/** The title from 3 s after navigation, throttled from the start: what a player sees while choosing a casus. */
const SETTLED_AFTER_MS = 3000;

async function fromThreeSeconds(browser, url, rate) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction((t) => performance.now() >= t, SETTLED_AFTER_MS, { timeout: REST_TIMEOUT_MS, polling: 100 });
    const result = await intervals(page);
    result.resting = await page.evaluate(() => document.getElementById('stage')?.dataset.resting ?? 'n/a');
    return result;
  } finally {
    await context.close();
  }
}

const fmt = (s) => (s && s.p50 !== null ? `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)} ms` : 'n/a');
const ratio = (a, b) => (a?.p50 && b?.p50 ? `${(a.p50 / b.p50).toFixed(2)}x` : 'n/a');

/** Prints the frame table; `urls` are the app's and the hello page's addresses. */
export async function benchFrames(browser, urls) {
  const rows = [['frame interval p50 / p95', 'app', 'hello (idle)', 'app/hello p50']];
  for (const rate of [1, 4]) {
    const app = await measureApp(browser, urls.app, rate);
    const hello = await measureHello(browser, urls.hello, rate);
    const label = rate === 1 ? '' : ` (${rate}x CPU throttle)`;
    const early = await fromThreeSeconds(browser, urls.app, rate);
    const helloEarly = await fromThreeSeconds(browser, urls.hello, rate);
    rows.push([`title 3-5 s after load${label}, stage resting: ${early.resting}`, fmt(early), fmt(helloEarly), ratio(early, helloEarly)]);
    rows.push([
      `idle title${label}${app.titleRests ? '' : ' [never rested]'}`,
      fmt(app.title),
      fmt(hello.idle),
      ratio(app.title, hello.idle),
    ]);
    rows.push([
      `idle moment${label}${app.momentRests ? '' : ' [never rested]'}`,
      fmt(app.moment),
      fmt(hello.idle),
      ratio(app.moment, hello.idle),
    ]);
    rows.push([`kassabon printing${label}`, fmt(app.printing), fmt(hello.idle), ratio(app.printing, hello.idle)]);
  }
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  const line = (r) => r.map((c, col) => (col === 0 ? c.padEnd(widths[col]) : c.padStart(widths[col]))).join('  ');
  console.log('');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}
