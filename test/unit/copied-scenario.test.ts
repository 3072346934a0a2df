import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { allRoutes } from '../../src/domain/play/route-analysis.ts';
import { PAYER_CATALOGUE } from '../../tools/cli/read-payer-catalogue.ts';
import { scenarioProperties, playRoutes } from './scenario-properties.ts';
import { bundledScenarios, checkFolder } from './checked-folder.ts';

// "A trainer copies a casus": the README's first authoring step, done to the bundled casus.
const original = readFileSync(join(bundledScenarios, 'twee-zonen.yaml'), 'utf8');
const folders: string[] = [];

/** A scenarios folder with the shared payers and the given casus files. */
function scenariosFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kostenbewust-'));
  folders.push(dir);
  mkdirSync(join(dir, 'gedeeld'));
  copyFileSync(join(bundledScenarios, PAYER_CATALOGUE), join(dir, PAYER_CATALOGUE));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The casus under a new id and title, comments and layout kept, as a trainer would edit it. */
function copyOf(source: string, id: string, title: { nl: string; en: string }): string {
  const doc = parseDocument(source);
  doc.set('id', id);
  doc.set('title', title);
  return doc.toString();
}

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('a trainer copies a casus', () => {
  it('a copy with its own id and title checks clean beside the original, and every property holds for both', () => {
    const copy = copyOf(original, 'twee-zonen-oefenversie', { nl: 'Twee zonen (oefenversie)', en: 'Two sons (practice version)' });
    const { files } = checkFolder(scenariosFolder({ 'twee-zonen.yaml': original, 'twee-zonen-oefenversie.yaml': copy }));
    expect(files.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic))).toEqual([]);
    const scenarios = files.flatMap((f) => (f.scenario ? [f.scenario] : []));
    expect(scenarios.map((s) => s.id).sort()).toEqual(['twee-zonen', 'twee-zonen-oefenversie']);
    expect(scenarios[0]?.contentHash).not.toBe(scenarios[1]?.contentHash);
    for (const scenario of scenarios) for (const [, check] of scenarioProperties) check(scenario);
    // The original's routes are played by every-casus.test.ts; the copy's are played here.
    const copied = scenarios.find((s) => s.id === 'twee-zonen-oefenversie')!;
    playRoutes(copied, allRoutes(copied));
  }, 120_000); // every route of the copy, replaying a save at every step

  it('a copy that keeps the id is refused in both files (SC042): progress is saved per id', () => {
    const copy = copyOf(original, 'twee-zonen', { nl: 'Twee zonen (kopie)', en: 'Two sons (copy)' });
    const { files } = checkFolder(scenariosFolder({ 'a.yaml': original, 'b.yaml': copy }));
    expect(files.map((f) => f.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))).toEqual([['SC042'], ['SC042']]);
  });
});
