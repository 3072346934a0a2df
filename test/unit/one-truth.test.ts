// One truth (issue #17 item 1): a casus gets the same messages wherever it lies and whoever checks it. The same
// file, with one mistake, is checked in four places: inside a scenarios folder, in a subfolder of it, in a folder
// outside any library (the game's own shared files apply), and by the code the browser's worker runs.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledLibrary } from '../../src/authoring/browser/bundled-library.ts';
import { checkOwnFile } from '../../src/authoring/browser/check-own-file.ts';
import type { Diagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { checkFolder, scenariosPlugin, sharedFileTexts } from '../../tools/build/vite-plugin-scenarios.ts';
import { bundledScenarios, root } from './checked-folder.ts';
import { runCheck } from './support/check-command.ts';

const TIMEOUT = 60_000;
const work = mkdtempSync(join(tmpdir(), 'een-waarheid-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Twee zonen with a mistyped shared payer: an error whose advice depends on finding the shared payers.
const original = readFileSync(join(bundledScenarios, 'twee-zonen.yaml'), 'utf8');
const scenario = original.replace('payer: rijk-duo', 'payer: rijk-dou');

// A scenarios folder as the repository has it (its shared files copied), with the casus at its top and in eigen/.
const library = join(work, 'project', 'scenarios');
for (const shared of ['gedeeld', 'tarieven']) cpSync(join(bundledScenarios, shared), join(library, shared), { recursive: true });
mkdirSync(join(library, 'eigen'));
writeFileSync(join(library, 'casus.yaml'), scenario);
writeFileSync(join(library, 'eigen', 'casus.yaml'), scenario.replace('id: twee-zonen', 'id: twee-zonen-eigen'));
// Outside the project: no folder upwards has shared files.
mkdirSync(join(work, 'buiten'));
writeFileSync(join(work, 'buiten', 'casus.yaml'), scenario);

/** What a trainer reads, without the file name (which differs by place). */
const messages = (diagnostics: readonly Pick<Diagnostic, 'line' | 'column' | 'severity' | 'code' | 'message' | 'hint'>[]) =>
  diagnostics.map(({ line, column, severity, code, message, hint }) => ({
    line,
    column,
    severity,
    code,
    message,
    ...(hint ? { hint } : {}),
  }));

/** `npm run check:scenarios -- --json <paths>`, run from the repository as one command (its `main`, in-process). */
function cli(...paths: string[]): Diagnostic[] {
  return (JSON.parse(runCheck(root, '--json', ...paths).out) as { diagnostics: Diagnostic[] }).diagnostics;
}

describe('one casus, four places, one set of messages', () => {
  it('inside scenarios/, in a subfolder, outside the project (CLI, Vite plugin) and in the browser worker', { timeout: TIMEOUT }, () => {
    const places = {
      inside: join(library, 'casus.yaml'),
      subfolder: join(library, 'eigen', 'casus.yaml'),
      outside: join(work, 'buiten', 'casus.yaml'),
    };
    const fromCli = cli(...Object.values(places));
    const ofFile = (path: string) => messages(fromCli.filter((d) => d.file === relative(root, path)));
    const fromVite = checkFolder({ dir: library }).files;
    const ofVite = (path: string) => messages(fromVite.find((f) => f.path === path)?.diagnostics ?? []);
    // The worker reads the game's shared files from the module the build makes of them: sharedFileTexts.
    const browser = checkOwnFile(
      new TextEncoder().encode(scenario),
      'casus.yaml',
      bundledLibrary(sharedFileTexts(bundledScenarios)).inputs,
    );

    const expected = messages(browser.diagnostics);
    expect(expected.map((d) => d.code)).toContain('SC013');
    expect(expected.find((d) => d.code === 'SC013')?.hint).toContain('rijk-duo'); // did-you-mean from the shared list
    expect(expected.filter((d) => d.code === 'SC013')).toHaveLength(1); // no false SC013 for the other shared payers
    expect(ofFile(places.inside)).toEqual(expected);
    expect(ofFile(places.subfolder)).toEqual(expected);
    expect(ofFile(places.outside)).toEqual(expected);
    expect(ofVite(places.inside)).toEqual(expected);
    expect(ofVite(places.subfolder)).toEqual(expected);
  });
});

describe('the template folder', () => {
  it('is checked like any casus but is no part of the library the game plays', { timeout: TIMEOUT }, () => {
    const dir = join(work, 'met-sjabloon');
    for (const shared of ['gedeeld', 'tarieven']) cpSync(join(bundledScenarios, shared), join(dir, shared), { recursive: true });
    mkdirSync(join(dir, 'sjabloon'));
    writeFileSync(join(dir, 'twee-zonen.yaml'), original);
    // A copy keeps the template's id until it is renamed: that is not held against either file.
    writeFileSync(join(dir, 'sjabloon', 'sjabloon.yaml'), scenario);
    const plugin = scenariosPlugin({ dir });
    (plugin.configResolved as (config: object) => void)({ command: 'build', base: './', isWorker: false, plugins: [] });
    const index = (plugin.load as (this: unknown, id: string) => string).call(
      {
        error: (m: string) => {
          throw new Error(m);
        },
      },
      '\0virtual:casus-library',
    );
    const files = checkFolder({ dir }).files;
    expect(files.find((f) => f.path.endsWith(join('sjabloon', 'sjabloon.yaml')))?.diagnostics.map((d) => d.code)).toContain('SC013');
    expect(files.find((f) => f.path === join(dir, 'twee-zonen.yaml'))?.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect([...index.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1])).toEqual(['twee-zonen']);
  });
});
