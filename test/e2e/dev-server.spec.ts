import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../tools/test/free-port.mjs';
import { SCENARIO, expect, startButton, test } from './fixtures.ts';

// The development server a trainer uses while writing a casus: started by this test on a free port,
// over a scratch copy of the casus folder, so saving a file here touches nothing real.
let server: ChildProcess | undefined;
let url = '';
let scratch = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  scratch = mkdtempSync(join(tmpdir(), 'kostenbewust-dev-'));
  cpSync('scenarios', scratch, { recursive: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', String(port), '--strictPort'], {
    env: { ...process.env, KOSTENBEWUST_SCENARIOS: scratch, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Ready when Vite prints its address: an event, not a guess at how long it takes.
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) resolve();
    };
    server?.stdout?.on('data', onData);
    server?.stderr?.on('data', onData);
    server?.on('exit', (code) => reject(new Error(`vite exited with ${code}:\n${output}`)));
  });
});

test.afterAll(() => {
  server?.kill();
  rmSync(scratch, { recursive: true, force: true });
});

const scenarioFile = () => join(scratch, `${SCENARIO.id}.yaml`);

test('npm run dev shows the game, and a saved casus file shows its change or its located messages', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(url);
  await expect(startButton(page)).toBeVisible({ timeout: 60_000 });

  const original = readFileSync(scenarioFile(), 'utf8');
  writeFileSync(scenarioFile(), original.replace('  nl: "Twee zonen"', '  nl: "Twee zonen (bewerkt)"'));
  await expect(startButton(page, 'Twee zonen (bewerkt)')).toBeVisible({ timeout: 60_000 });

  writeFileSync(scenarioFile(), original.replace(/^horizon_months: .*$/m, 'horizon_months: twee jaar'));
  const problems = page.getByRole('region', { name: 'Casussen met fouten' });
  await expect(problems).toContainText(new RegExp(`${SCENARIO.id}\\.yaml:\\d+:\\d+ error SC004`), { timeout: 60_000 });
  await expect(startButton(page)).toHaveCount(0);

  writeFileSync(scenarioFile(), original);
  await expect(startButton(page)).toBeVisible({ timeout: 60_000 });
  await startButton(page).click();
  await expect(page.getByRole('button', { name: 'Begin de casus' })).toBeVisible();
});
