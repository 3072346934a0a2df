// Finding and launching the Chromium that browser tests and the benchmark use.
// Browsers cannot be downloaded on every machine, so a system Chromium is preferred.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The executable named by CHROMIUM_PATH, else the first system browser found, else undefined. */
export function findChromium() {
  const named = process.env.CHROMIUM_PATH;
  if (named) return existsSync(named) ? named : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export function explainMissingChromium() {
  const named = process.env.CHROMIUM_PATH;
  console.error(named ? `CHROMIUM_PATH points to ${named}, which does not exist.` : 'No Chromium found for the browser tests.');
  console.error('Install one:');
  console.error('  Debian/Ubuntu: sudo apt-get install chromium');
  console.error('  elsewhere:     npx playwright install chromium, then set CHROMIUM_PATH to the executable it prints');
  console.error('Or point CHROMIUM_PATH at any Chromium or Chrome executable.');
}
