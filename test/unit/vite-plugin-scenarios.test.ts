import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scenariosPlugin } from '../../tools/vite-plugin-scenarios.ts';

const valid = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/minimal-valid.yaml'), 'utf8');
let dir = '';

/** Runs the plugin's load hook as Vite would, returning the module code or the build error. */
function build(): { code?: string; error?: string } {
  const plugin = scenariosPlugin(dir);
  const load = plugin.load as (this: unknown, id: string) => string | undefined;
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  try {
    return { code: load.call(context, '\0virtual:scenarios') };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
  writeFileSync(join(dir, 'casus.yaml'), valid);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('scenarios Vite plugin', () => {
  it('builds past the lock and backup files an editor leaves in the folder', () => {
    symlinkSync('trainer@laptop.4242:1700000000', join(dir, '.#casus.yaml'));
    for (const leftover of ['casus.yaml~', '.casus.yaml.swp', '#casus.yaml#']) writeFileSync(join(dir, leftover), '\u0000kapot');
    const { code, error } = build();
    expect(error).toBeUndefined();
    expect(code).toContain('minimaal');
  });

  it('fails the build with the Dutch line of a file it cannot read, not a stack trace', () => {
    mkdirSync(join(dir, 'oud.yaml'));
    const { error } = build();
    expect(error).toMatch(/^Scenario's bevatten fouten:\n.*oud\.yaml:1:1 error SC051 Dit is een map, geen bestand — /);
  });
});
