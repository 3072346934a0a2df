// Learning Locker's open statement service (npm `xapi-statements`) as a real statement store for the browser tests:
// in memory, started on a free port by the test that uses it, in a temporary folder, and stopped by it.
// Usage: const store = await startStatementService(); … await store.statements({ registration }) … await store.close();
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../tools/test/free-port.mjs';

const HEADERS = { 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${Buffer.from('toets:toets').toString('base64')}` };

export async function startStatementService({ timeoutMs = 60_000 } = {}) {
  const entry = createRequire(import.meta.url).resolve('xapi-statements');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'xapi-statements-'));
  // AUTH_REPO=test accepts any client; MODELS_REPO=memory keeps statements in the process; the cwd holds its .env-less run.
  const child = spawn(process.execPath, [entry], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      EXPRESS_PORT: String(port),
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      FS_LOCAL_STORAGE_DIR: join(dir, 'opslag'),
      EXPRESS_MORGAN_DIRECTORY: join(dir, 'logs'),
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      WINSTON_CONSOLE_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const origin = `http://127.0.0.1:${port}`;
  const endpoint = `${origin}/xAPI/`;

  const close = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`xapi-statements stopped at start (exit ${child.exitCode}):\n${output}`);
    const up = await fetch(`${endpoint}about`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      await close();
      throw new Error(`xapi-statements did not answer on ${origin} within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    origin,
    endpoint,
    /** Forwards one xAPI request (what an LMS in front of its LRS does) and returns the store's answer. */
    forward: (method, pathAndQuery, body) =>
      fetch(`${endpoint}${pathAndQuery}`, {
        method,
        headers: { ...HEADERS, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body,
      }),
    /** Every statement the store holds for this query, following `more` links. */
    async statements(query = {}) {
      const found = [];
      let next = `${endpoint}statements?${new URLSearchParams({ ...query, limit: '100' })}`;
      while (next) {
        const response = await fetch(next, { headers: HEADERS });
        if (!response.ok) throw new Error(`GET statements: ${response.status} ${await response.text()}`);
        const page = await response.json();
        found.push(...page.statements);
        next = page.more ? new URL(page.more, origin).href : '';
      }
      return found;
    },
    close,
  };
}
