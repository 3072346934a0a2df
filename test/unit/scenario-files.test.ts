import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as Load from '../../src/authoring/load.ts';
import { checkScenarioFiles } from '../../tools/cli/scenario-files.ts';

// A checker bug is simulated by a loader that throws on files containing this marker.
const CRASH_MARKER = '# laat de controle vastlopen';

vi.mock('../../src/authoring/load.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof Load>();
  return {
    ...actual,
    loadScenario: (...args: Parameters<typeof actual.loadScenario>) => {
      if (args[0].includes(CRASH_MARKER)) throw new Error('onverwachte fout in de controle');
      return actual.loadScenario(...args);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'scenario-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checking scenario files', () => {
  it('reports a crash of the checker as SC000 in that file only and still checks the others', () => {
    const valid = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/minimal-valid.yaml'), 'utf8');
    const crashing = join(dir, 'a-vastloper.yaml');
    const fine = join(dir, 'b-goed.yaml');
    writeFileSync(crashing, `${CRASH_MARKER}\n${valid.replace('id: minimaal', 'id: vastloper')}`);
    writeFileSync(fine, valid);

    const [crashed, checked] = checkScenarioFiles([crashing, fine]);

    expect(crashed?.scenario).toBeUndefined();
    expect(crashed?.diagnostics).toEqual([
      {
        file: relative(process.cwd(), crashing),
        line: 1,
        column: 1,
        severity: 'error',
        code: 'SC000',
        message: 'De controle liep vast op dit bestand: onverwachte fout in de controle',
        hint: 'meld dit bij de ontwikkelaars, met het bestand erbij',
      },
    ]);
    expect(checked?.diagnostics).toEqual([]);
    expect(checked?.scenario?.id).toBe('minimaal');
  });
});
