// What the in-browser benches share: the production build (unless --no-build), served from dist/ on a free port,
// and a headless system Chromium. Call `close()` when done.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, explainMissingChromium, findChromium } from '../test/chromium.mjs';
import { serveStatic } from '../test/static-server.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function openBuiltGame() {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync('npx', ['tsx', 'tools/build/build.ts', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const executablePath = findChromium();
  if (!executablePath) {
    explainMissingChromium();
    process.exit(1);
  }
  const { server, url } = await serveStatic({ root: join(ROOT, 'dist'), prefix: '/' });
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  return {
    url,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}
