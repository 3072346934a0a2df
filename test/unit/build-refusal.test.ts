import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBeforeBuild } from '../../tools/build/check-before-build.ts';
import { scenarioOptions } from '../../tools/build/scenario-options.ts';
import { runCheck } from './support/check-command.ts';

const root = join(import.meta.dirname, '../..');
const seeds = join(root, '../shared/seeds');
let scratch = '';

/** `npm run build` for real, as a child process: its exit code, its streams, and dist/ after it. */
function build(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'tools/build/build.ts', '--quiet'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
}

/**
 * A scenarios folder with one casus (edited) and the shared files beside it: what the build checks is the same
 * for one casus as for twelve, and one is checked in a twelfth of the time.
 */
function scratchCopy(edit: (yaml: string) => string): string {
  scratch = mkdtempSync(join(tmpdir(), 'kostenbewust-build-'));
  for (const part of ['twee-zonen.yaml', 'gedeeld', 'tarieven']) {
    cpSync(join(root, 'scenarios', part), join(scratch, part), { recursive: true });
  }
  const file = join(scratch, 'twee-zonen.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return scratch;
}

afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run build runs the same checks as check:scenarios', () => {
  it.skipIf(!existsSync(seeds))(
    'refuses a made-up quote with the located SC027 message, no stack trace, and leaves dist/ alone',
    () => {
      const index = join(root, 'dist/index.html');
      const before = existsSync(index) ? statSync(index).mtimeMs : undefined;
      const dir = scratchCopy((yaml) => yaml.replace(/quote: "([^"]+)"/, 'quote: "Dit citaat is verzonnen en staat nergens"'));
      const result = build({ KOSTENBEWUST_SCENARIOS: dir, KOSTENBEWUST_SOURCES: seeds });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/twee-zonen\.yaml:\d+:\d+ error SC027 /);
      expect(result.stderr).toContain('Build geweigerd');
      expect(result.stderr + result.stdout).not.toMatch(/^\s+at /m);
      expect(existsSync(index) ? statSync(index).mtimeMs : undefined).toBe(before);
    },
    120_000,
  );

  it("refuses a gemeente's tariff set with a missing or malformed price, as check:scenarios does: located, never a silent € 0", () => {
    const dir = scratchCopy((yaml) => yaml);
    const set = [
      'format: 1',
      'title: { nl: "Gemeente Testdorp (2026)", en: "Testdorp (2026)" }',
      'tariffs:',
      '  begeleid-wonen:',
      '    item: { nl: Begeleid wonen, en: Supported housing }',
      '    frequency: per_maand',
      '    estimate: Contract 2026.',
      '  budgetbeheer:',
      '    item: { nl: Budgetbeheer, en: Budget management }',
      '    amount: 22,50',
      '    frequency: per_maand',
      '    estimate: Contract 2026.',
    ].join('\n');
    writeFileSync(join(dir, 'tarieven', 'testdorp.yaml'), `${set}\n`);
    // The build's own check, in-process (build.ts runs it before Vite; the test above runs the whole command).
    const stderr: string[] = [];
    expect(checkBeforeBuild({ ...scenarioOptions(), dir }, (line) => stderr.push(line))).toBeUndefined();
    expect(stderr.join('\n')).toMatch(/tarieven\/testdorp\.yaml:5:5 error SC003 Verplicht veld 'amount' ontbreekt/);
    expect(stderr.join('\n')).toMatch(/tarieven\/testdorp\.yaml:10:13 error SC004 /);
    expect(stderr.at(-1)).toContain('Build geweigerd');
    const check = runCheck(root, dir);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/tarieven\/testdorp\.yaml:5:5 error SC003 /);
  }, 120_000);
});
