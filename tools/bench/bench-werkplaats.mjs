// `npm run bench:werkplaats`: in the built game, how long after the last keystroke the werkplaats shows the messages
// of a casus the size of Twee zonen (the debounce plus the check in the kept worker). Prints numbers; no pass/fail.
//   node tools/bench/bench-werkplaats.mjs [--no-build] [--rounds 10]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBuiltGame, ROOT } from './built-game.mjs';

const casus = readFileSync(join(ROOT, 'scenarios/twee-zonen.yaml'), 'utf8');
const startLine = casus.split('\n').findIndex((line) => line.startsWith('start:')) + 1;
const at = process.argv.indexOf('--rounds');
const rounds = at >= 0 ? Number(process.argv[at + 1]) : 10;

const { url, browser, close } = await openBuiltGame();
try {
  const page = await browser.newPage();
  await page.addInitScript((text) => {
    localStorage.setItem('kostenbewust:werkplaats', JSON.stringify({ file: 'twee-zonen.yaml', text }));
    window.latencies = [];
    document.addEventListener(
      'keydown',
      () => {
        window.lastKey = performance.now();
      },
      true,
    );
  }, casus);
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const opened = Date.now();
  await page.getByRole('button', { name: 'Open de werkplaats' }).click();
  const status = page.locator('.werkplaats__status');
  await page.waitForFunction(
    () => (document.querySelector('.werkplaats__status')?.textContent ?? '').startsWith('Geen fouten'),
    undefined,
    { timeout: 60_000 },
  );
  console.log(`werkplaats open and Twee zonen checked: ${Date.now() - opened} ms after the click (chunk, worker, first check)`);
  await page.evaluate(() => {
    new MutationObserver(() => window.latencies.push(performance.now() - window.lastKey)).observe(
      document.querySelector('.werkplaats__status'),
      { childList: true, characterData: true, subtree: true },
    );
  });
  const editor = page.getByRole('textbox', { name: 'Casus in YAML' });
  await editor.focus();
  await page.keyboard.press('Control+Alt+g');
  await page.locator('.cm-panel input').fill(String(startLine));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  for (let i = 0; i < rounds; i++) {
    for (const [key, expected] of [
      ['x', 'fout'],
      ['Backspace', 'Geen fouten'],
    ]) {
      const count = await page.evaluate(() => window.latencies.length);
      await page.keyboard.press(key);
      await page.waitForFunction((n) => window.latencies.length > n, count, { timeout: 30_000 });
      await status.filter({ hasText: expected }).waitFor({ timeout: 30_000 });
    }
  }
  const latencies = (await page.evaluate(() => window.latencies)).sort((a, b) => a - b);
  const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  console.log(`last keystroke → messages shown, Twee zonen (${casus.length} characters), ${latencies.length} checks:`);
  console.log(
    `  median ${pick(0.5).toFixed(0)} ms, p90 ${pick(0.9).toFixed(0)} ms, max ${latencies[latencies.length - 1].toFixed(0)} ms, the debounce (CHECK_DELAY_MS in src/app/werkplaats/yaml-editor.ts) included`,
  );
} finally {
  await close();
}
