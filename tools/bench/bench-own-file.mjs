// `npm run bench:own-file`: how long the page's main thread stalls while "Open een eigen casus" checks a file,
// and how long each check takes, for honest and hostile files. Prints measurements only; no pass/fail.
//   node tools/bench/bench-own-file.mjs [--no-build]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBuiltGame, ROOT } from './built-game.mjs';

const casus = readFileSync(join(ROOT, 'scenarios/twee-zonen.yaml'), 'utf8');

/** name, bytes, and whether the check is expected to answer (a stopped or cancelled check gives no result). */
const FILES = [
  ['twee-zonen.yaml (valid)', Buffer.from(casus)],
  ['aliases 800 kB (200,000 uses of one anchor)', Buffer.from(`basis: &a { nl: "x" }\nlijst: [${'*a, '.repeat(200_000)}*a]\n`)],
  [
    'U+FFFD 600 kB and one bad byte',
    Buffer.concat([Buffer.from(`a: "${'\uFFFD'.repeat(200_000)}`), Buffer.from([0xff]), Buffer.from('"\n')]),
  ],
  ['100 MB of text (refused by size)', Buffer.alloc(100 * 1024 * 1024, 0x61)],
];

const { url, browser, close } = await openBuiltGame();
const dir = mkdtempSync(join(tmpdir(), 'bench-own-file-'));
try {
  const rows = [];
  for (const [label, bytes] of FILES) {
    // Written to disk: Playwright hands a large file to the page by path, as a trainer's file picker does.
    const file = join(dir, 'bench.yaml');
    writeFileSync(file, bytes);
    const page = await browser.newPage();
    await page.addInitScript(() => {
      document.addEventListener(
        'change',
        (event) => {
          window.pickedFile = event.target.files?.[0];
        },
        true,
      );
      window.longTasks = [];
      new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
        type: 'longtask',
        buffered: false,
      });
    });
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Measure a quiet page: the stage has drawn its first frame and rests (software GL keeps it busy a while).
    await page.waitForFunction(() => performance.getEntriesByName('app:first-phaser-frame').length > 0, undefined, { timeout: 60_000 });
    await page
      .waitForFunction(() => document.getElementById('stage')?.dataset.resting === 'true', undefined, { timeout: 60_000 })
      .catch(() => undefined);
    const before = await page.evaluate(() => window.longTasks.length);
    await page.waitForTimeout(1000); // a quiet second, to show what the idle page costs
    const idle = await page.evaluate((n) => window.longTasks.slice(n), before);
    await page.evaluate(() => {
      window.longTasks.length = 0;
    });
    // For comparison: the same page redrawing its title (language switch there and back), no file involved.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { name: 'Open een eigen casus' }).waitFor();
    const redraw = await page.evaluate((n) => window.longTasks.slice(n), before + idle.length);
    // The file is made into a File inside the page first and then dropped on the panel, so the measurement holds the
    // game's own work only (Playwright's setInputFiles costs the page main-thread time of its own).
    await page.locator('#own-casus-file').setInputFiles(file);
    await page.waitForFunction(
      () =>
        (document.querySelector('.own-casus > .own-casus__outcome')?.textContent ?? '').includes('bench.yaml') &&
        !(document.querySelector('.own-casus > .own-casus__outcome')?.textContent ?? '').includes('wordt gecontroleerd'),
      undefined,
      { timeout: 60_000 },
    );
    await page.evaluate(() => {
      const picked = window.pickedFile;
      window.benchFile = new File([picked], 'bench2.yaml', { type: picked.type });
    });
    await page.waitForTimeout(500); // let the first check's drawing settle
    await page.evaluate(() => {
      window.longTasks.length = 0;
    });
    const started = Date.now();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(window.benchFile);
      document.querySelector('.own-casus').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(
      () => {
        const t = document.querySelector('.own-casus > .own-casus__outcome')?.textContent ?? '';
        return t.includes('bench2.yaml') && !t.includes('wordt gecontroleerd');
      },
      undefined,
      { timeout: 60_000 },
    );
    const seconds = (Date.now() - started) / 1000;
    const text = await page.evaluate(() => document.querySelector('.own-casus > .own-casus__outcome')?.textContent ?? '');
    const tasks = await page.evaluate(() => window.longTasks);
    rows.push([
      label,
      `${(bytes.length / 1024).toFixed(0)} kB`,
      `${seconds.toFixed(1)} s`,
      `${Math.max(0, ...tasks).toFixed(0)} ms`,
      String(tasks.length),
      `${Math.max(0, ...idle).toFixed(0)} ms`,
      `${Math.max(0, ...redraw).toFixed(0)} ms`,
      text.slice(0, 60),
    ]);
    await page.close();
  }
  console.log(`Chromium ${browser.version()}; a long task is main-thread work over 50 ms`);
  const header = ['file', 'size', 'answer after', 'longest task', 'long tasks', 'idle: longest', 'title redraw: longest', 'answer'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  '));
} finally {
  await close();
  rmSync(dir, { recursive: true, force: true });
}
