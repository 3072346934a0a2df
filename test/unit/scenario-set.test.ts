import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioSet } from '../../src/authoring/analyse/check-set.ts';
import { formatDiagnostic, sortDiagnostics } from '../../src/authoring/diagnostics/diagnostic.ts';
import { loadScenario } from '../../src/authoring/load.ts';

// Each folder in fixtures/sets/ holds .yaml files checked together and an expected.txt with the exact
// diagnostics of all of them, file by file (files are named by their name inside the folder).
const setsDir = join(import.meta.dirname, '../fixtures/sets');
const sets = readdirSync(setsDir).sort();

function checkSet(dir: string): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      return { file, source, ...loadScenario(source, file) };
    });
  const setDiagnostics = checkScenarioSet(files);
  return files
    .flatMap(({ file, diagnostics }) => sortDiagnostics([...diagnostics, ...setDiagnostics.filter((d) => d.file === file)]))
    .map(formatDiagnostic)
    .join('\n');
}

describe('scenario set', () => {
  it.each(sets)('%s', (name) => {
    const expected = readFileSync(join(setsDir, name, 'expected.txt'), 'utf8').trim();
    expect(checkSet(join(setsDir, name))).toBe(expected);
  });

  it('accepts distinct ids', () => {
    const source = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/minimal-valid.yaml'), 'utf8');
    const other = source.replace('id: minimaal', 'id: ander');
    const files = [
      { file: 'a.yaml', source, ...loadScenario(source, 'a.yaml') },
      { file: 'b.yaml', source: other, ...loadScenario(other, 'b.yaml') },
    ];
    expect(checkScenarioSet(files)).toEqual([]);
  });
});
