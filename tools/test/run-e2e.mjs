// Builds the game and runs the Playwright tests against the production build in a system Chromium,
// served by a server the run starts itself on a free port (never one it did not start).
import { spawnSync } from 'node:child_process';
import { explainMissingChromium, findChromium } from './chromium.mjs';
import { freePort } from './free-port.mjs';

const executable = findChromium();
if (!executable) {
  explainMissingChromium();
  process.exit(1);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['tsx', 'tools/build/build.ts', '--quiet']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)], { CHROMIUM_PATH: executable, E2E_PORT: String(await freePort()) });
