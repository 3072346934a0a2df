import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkScenarioFilesIn, type SharedInputs } from '../../src/authoring/compilation/compilation-job.ts';
import { nodeFilePort } from '../../tools/cli/node-file-port.ts';

const dir = mkdtempSync(join(tmpdir(), 'scenario-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Shared inputs that fail the first time the loader reads them: a checker bug in the middle of one file's check,
 * as a loader that throws would be (no module is replaced, so this file runs among the others).
 */
function failingOnce(): SharedInputs {
  let failed = false;
  return {
    get payers() {
      if (failed) return undefined;
      failed = true;
      throw new Error('onverwachte fout in de controle');
    },
  };
}

describe('checking scenario files', () => {
  it('reports a crash of the checker as SC000 in that file only and still checks the others', () => {
    const valid = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/minimal-valid.yaml'), 'utf8');
    const crashing = join(dir, 'a-vastloper.yaml');
    const fine = join(dir, 'b-goed.yaml');
    writeFileSync(crashing, valid.replace('id: minimaal', 'id: vastloper'));
    writeFileSync(fine, valid);

    const [crashed, checked] = checkScenarioFilesIn(nodeFilePort, [crashing, fine], failingOnce());

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
