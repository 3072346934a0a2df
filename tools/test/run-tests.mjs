// `npm test`: every check, in order, stopping at the first stage that fails. The type check and the lint run side
// by side: tsc, Prettier, ESLint and dpdm each use one core, so one after the other they left the second core idle
// for most of a minute. The stages after them use both cores themselves (Vitest's workers, Playwright's workers).
import { spawn } from 'node:child_process';

/** Stages in order; the scripts of one stage run at the same time. */
const STAGES = [['typecheck', 'lint'], ['test:unit'], ['check:scenarios'], ['test:e2e']];

const seconds = (since) => `${Math.round((performance.now() - since) / 1000)} s`;

/**
 * Runs `npm run <script>`. Alone, its output streams to the terminal as it comes (Playwright's progress); beside
 * another, it is kept and printed whole when the script ends, so the two never interleave line by line.
 */
function runScript(script, alone) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => {
      const ok = code === 0;
      if (!alone) {
        process.stdout.write(`\n── npm run ${script} ──\n`);
        process.stdout.write(Buffer.concat(output));
      }
      const how = ok ? 'passed' : `FAILED (${signal ?? `exit code ${code}`})`;
      process.stdout.write(`── npm run ${script}: ${how} in ${seconds(started)} ──\n`);
      resolve({ script, ok, took: seconds(started) });
    });
  });
}

const started = performance.now();
const done = [];
for (const stage of STAGES) {
  if (stage.length === 1) process.stdout.write(`\n── npm run ${stage[0]} ──\n`);
  const results = await Promise.all(stage.map((script) => runScript(script, stage.length === 1)));
  done.push(...results);
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    process.stdout.write(`\nnpm test failed at: ${failed.map((r) => r.script).join(', ')} (after ${seconds(started)})\n`);
    process.exit(1);
  }
}
process.stdout.write(`\nnpm test passed in ${seconds(started)}: ${done.map((r) => `${r.script} ${r.took}`).join(', ')}\n`);
