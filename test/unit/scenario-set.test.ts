import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioSet } from '../../src/authoring/check-set.ts';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { loadScenario } from '../../src/authoring/load.ts';

const source = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/minimal-valid.yaml'), 'utf8');

describe('scenario set', () => {
  it('refuses two files with the same casus id, in both files, at their ids', () => {
    const files = ['a.yaml', 'b.yaml'].map((file) => ({ file, source, ...loadScenario(source, file) }));
    const hint = 'geef elke casus een eigen id (meestal: verander de id in je nieuwe bestand); voortgang wordt per id bewaard';
    expect(checkScenarioSet(files).map(formatDiagnostic)).toEqual([
      `a.yaml:2:5 error SC042 Casus-id 'minimaal' wordt ook gebruikt in b.yaml — ${hint}`,
      `b.yaml:2:5 error SC042 Casus-id 'minimaal' wordt ook gebruikt in a.yaml — ${hint}`,
    ]);
  });

  it('accepts distinct ids', () => {
    const other = source.replace('id: minimaal', 'id: ander');
    const files = [
      { file: 'a.yaml', source, ...loadScenario(source, 'a.yaml') },
      { file: 'b.yaml', source: other, ...loadScenario(other, 'b.yaml') },
    ];
    expect(checkScenarioSet(files)).toEqual([]);
  });
});
