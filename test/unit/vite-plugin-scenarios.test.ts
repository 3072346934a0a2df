import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import type { Plugin } from 'vite';
import { checkedScenarios, checkFolder, scenariosPlugin, type ScenariosPluginOptions } from '../../tools/build/vite-plugin-scenarios.ts';

const valid = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/minimal-valid.yaml'), 'utf8');
const catalogue = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/gedeeld/betalers.yaml'), 'utf8');
let dir = '';

const context = {
  error: (message: string) => {
    throw new Error(message);
  },
};

/**
 * The plugin as a production build runs it, with the build's other plugins: `configResolved`, then `start()` for
 * `buildStart` and `load(id)` for a virtual module (by default the library index).
 */
function productionBuild(options: ScenariosPluginOptions = { dir }, { plugins = [] as Plugin[], isWorker = false } = {}) {
  const plugin = scenariosPlugin(options);
  (plugin.configResolved as (config: object) => void)({ command: 'build', base: './', isWorker, plugins });
  return {
    start: () => (plugin.buildStart as (this: unknown) => void).call(context),
    load: (id = 'virtual:casus-library') =>
      (plugin.load as (this: unknown, id: string) => string | undefined).call(context, `\0${id}`) ?? '',
  };
}

/** Runs the plugin's load hook for a virtual module (by default the library index) as a production build would. */
const libraryModule = (id?: string): string => productionBuild().load(id);

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

  it("takes npm run build's check of the same folder and sources instead of compiling the folder again", () => {
    const handedOver = checkedScenarios({ dir }, checkFolder({ dir }));
    rmSync(join(dir, 'casus.yaml'));
    const build = productionBuild({ dir }, { plugins: [handedOver] });
    build.start();
    expect(build.load()).toContain('"id":"minimaal"');
    // Without it, or for other sources, the plugin checks the folder as it is now: the casus is gone.
    for (const plugins of [[], [checkedScenarios({ dir, sources: join(dir, 'elders') }, checkFolder({ dir }))]]) {
      const own = productionBuild({ dir }, { plugins });
      own.start();
      expect(own.load()).not.toContain('"id":"minimaal"');
    }
  });

  it("refuses a casus with an error at the game's build start; the checking worker's build, made inside it, does not check again", () => {
    writeFileSync(join(dir, 'casus.yaml'), valid.replace(/^title:/m, 'titel:'));
    expect(() => productionBuild().start()).toThrow(/Scenario's bevatten fouten:\n.*casus\.yaml:\d+:\d+ error SC/);
    expect(() => productionBuild({ dir }, { isWorker: true }).start()).not.toThrow();
  });
});
