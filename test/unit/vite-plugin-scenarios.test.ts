import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { checkFolder, scenariosPlugin } from '../../tools/build/vite-plugin-scenarios.ts';

const valid = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/minimal-valid.yaml'), 'utf8');
const catalogue = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/gedeeld/betalers.yaml'), 'utf8');
let dir = '';

/** Runs the plugin's load hook for a virtual module (by default the library index) as a production build would. */
function libraryModule(id = 'virtual:casus-library'): string {
  const plugin = scenariosPlugin({ dir });
  (plugin.configResolved as (config: { command: string }) => void)({ command: 'build' });
  const load = plugin.load as (this: unknown, id: string) => string | undefined;
  return (
    load.call(
      {
        error: (message: string) => {
          throw new Error(message);
        },
      },
      `\0${id}`,
    ) ?? ''
  );
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

  it("reports a folder named like a casus as that file's Dutch line, not a stack trace", () => {
    mkdirSync(join(dir, 'oud.yaml'));
    const lines = checkFolder({ dir }).files.flatMap((c) => c.diagnostics.map(formatDiagnostic));
    expect(lines.join('\n')).toMatch(/oud\.yaml:1:1 error SC051 Dit is een map, geen bestand — /);
  });

  it("lists the tariff sets in the index by id and title only; a set's prices are their own module, a broken set is left out", () => {
    const fixtures = join(import.meta.dirname, '../fixtures');
    mkdirSync(join(dir, 'tarieven'));
    writeFileSync(join(dir, 'tarieven', 'standaard.yaml'), readFileSync(join(fixtures, 'scenarios/tarieven/standaard.yaml'), 'utf8'));
    writeFileSync(join(dir, 'tarieven', 'Gemeente Testdorp.yaml'), readFileSync(join(fixtures, 'tariffs/sets/valid-partial.yaml'), 'utf8'));
    writeFileSync(join(dir, 'tarieven', 'kapot.yaml'), readFileSync(join(fixtures, 'tariffs/sets/invalid-missing-price.yaml'), 'utf8'));
    const index = libraryModule();
    expect([...index.matchAll(/\{ id: "([^"]+)", title/g)].map((m) => m[1])).toEqual(['standaard', 'gemeente-testdorp']);
    expect(index).not.toContain('amountCents');
    expect(libraryModule('virtual:tariff-set/gemeente-testdorp')).toContain('"ambulante-begeleiding":{"amountCents":35000');
    expect(
      checkFolder({ dir })
        .files.find((f) => f.file.endsWith('kapot.yaml'))
        ?.diagnostics.map((d) => d.code),
    ).toEqual(['SC003', 'SC004', 'SC081']);
  });
});
