// The first usable screen on a phone profile (390×844, 4× CPU throttle, Fast 3G, text gzipped as a real host
// sends it): the app's first static "Start casus" link (written into index.html) and the game's own button, beside the
// bare page's HTML button and its first Phaser frame.
// Used by tools/bench/run-bench.mjs; prints numbers only.
const MARK_TIMEOUT_MS = 60_000;

/** Chrome DevTools' "Fast 3G" preset (1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT, each × its packet factor). */
export const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};
export const PHONE_VIEWPORT = { width: 390, height: 844 };
export const PHONE_CPU_RATE = 4;

async function markTime(page, name) {
  try {
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: MARK_TIMEOUT_MS, polling: 50 });
  } catch {
    return null;
  }
  return page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, name);
}

/** In the page: is the first static "Start casus" link (index.html, tools/static-menu.ts) usable right now? */
function staticLinkUsable() {
  const link = document.querySelector('#static-menu a[data-casus]');
  if (!link || link.closest('[hidden]') || !/[?&]casus=/.test(link.getAttribute('href') ?? '')) return false;
  const box = link.getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
}

/** One fresh load under the phone profile; returns the times of the named marks (null when one never came). */
async function loadOnce(browser, url, marks) {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_RATE });
    await page.goto(url, { waitUntil: 'commit' });
    const out = {};
    for (const [key, mark] of Object.entries(marks)) {
      out[key] = await markTime(page, mark);
      // Checked as soon as its mark is in, before the game's title replaces it: the first static "Start casus" link
      // is shown, inside the first screen, and its href is final (it names its casus).
      if (key === 'static') out.staticInView = out.static !== null && (await page.evaluate(staticLinkUsable));
    }
    if (marks.menu === 'app:menu-usable') {
      // "Usable": the first Start casus is there, enabled and inside the first screen.
      out.startInView = await page.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find((b) => /^Start casus/.test(b.textContent ?? ''));
        if (!button || button.disabled) return false;
        const box = button.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
    }
    return out;
  } finally {
    await context.close();
  }
}

function median(values) {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return { median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, min: v[0], max: v[v.length - 1] };
}

const fmt = (s) => (s ? `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}..${s.max.toFixed(0)})` : 'n/a');

/** Prints the phone table; `urls` are the app's and the hello page's addresses (served gzipped). */
export async function benchPhone(browser, urls, runs) {
  process.stdout.write(`measuring the phone profile (${PHONE_VIEWPORT.width}×${PHONE_VIEWPORT.height}, ${PHONE_CPU_RATE}× CPU, Fast 3G) `);
  const app = [];
  const hello = [];
  for (let i = 0; i < runs; i++) {
    process.stdout.write('.');
    app.push(
      await loadOnce(browser, urls.app, { static: 'app:static-menu-usable', menu: 'app:menu-usable', frame: 'app:first-phaser-frame' }),
    );
    hello.push(await loadOnce(browser, urls.hello, { menu: 'bench:menu-usable', frame: 'bench:first-phaser-frame' }));
  }
  console.log(` ${runs} loads each`);
  const appMenu = median(app.map((s) => s.menu));
  // The target is measured on the first Start casus a player can use: the static link, when it was usable.
  const appStatic = median(app.map((s) => (s.staticInView ? s.static : null)));
  const rows = [
    ['first usable, phone profile (median, min..max)', 'time'],
    ['app: first static "Start casus" link usable (index.html)', fmt(appStatic)],
    ['app: the game\'s own "Start casus" button usable', fmt(appMenu)],
    ['bare HTML page: its button usable', fmt(median(hello.map((s) => s.menu)))],
    ['bare Phaser page: first Phaser frame', fmt(median(hello.map((s) => s.frame)))],
    ['app: first Phaser frame (after the menu)', fmt(median(app.map((s) => s.frame)))],
  ];
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  const line = (r) => r.map((c, col) => (col === 0 ? c.padEnd(widths[col]) : c.padStart(widths[col]))).join('  ');
  console.log('');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
  const inView = app.filter((s) => s.startInView).length;
  const staticInView = app.filter((s) => s.staticInView).length;
  console.log(
    `the first static "Start casus" link was shown, final and inside the first screen in ${staticInView} of ${app.length} loads; the game's own button was inside the first screen in ${inView} of ${app.length}`,
  );
  console.log(
    `target: the first usable "Start casus" within 1500 ms, measured on the static link (median ${appStatic ? appStatic.median.toFixed(0) : 'n/a'} ms); the game's own button: median ${appMenu ? appMenu.median.toFixed(0) : 'n/a'} ms`,
  );
}
