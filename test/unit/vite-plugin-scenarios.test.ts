import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { checkFolder, scenariosPlugin } from '../../tools/vite-plugin-scenarios.ts';

const valid = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/minimal-valid.yaml'), 'utf8');
const catalogue = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/gedeeld/betalers.yaml'), 'utf8');
let dir = '';

/** Runs the plugin's load hook for the library index as a production build would. */
function libraryModule(): string {
  const plugin = scenariosPlugin({ dir });
  (plugin.configResolved as (config: { command: string }) => void)({ command: 'build' });
  const load = plugin.load as (this: unknown, id: string) => string | undefined;
  return load.call({ error: (message: string) => { throw new Error(message); } }, '\0virtual:casus-library') ?? '';
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
  writeFileSync(join(dir, 'casus.yaml'), valid);
  mkdirSync(join(dir, 'gedeeld'));
  writeFileSync(join(dir, 'gedeeld', 'betalers.yaml'), catalogue);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('scenarios Vite plugin', () => {
  it('builds past the lock and backup files an editor leaves in the folder', () => {
    symlinkSync('trainer@laptop.4242:1700000000', join(dir, '.#casus.yaml'));
    for (const leftover of ['casus.yaml~', '.casus.yaml.swp', '#casus.yaml#']) writeFileSync(join(dir, leftover), '\u0000kapot');
    const checked = checkFolder({ dir }).files;
    expect(checked.flatMap((c) => c.diagnostics.filter((d) => d.severity === 'error'))).toEqual([]);
    expect(libraryModule()).toContain('"id":"minimaal"');
  });

  it('reports a folder named like a casus as that file\'s Dutch line, not a stack trace', () => {
    mkdirSync(join(dir, 'oud.yaml'));
    const lines = checkFolder({ dir }).files.flatMap((c) => c.diagnostics.map(formatDiagnostic));
    expect(lines.join('\n')).toMatch(/oud\.yaml:1:1 error SC051 Dit is een map, geen bestand — /);
  });
});
