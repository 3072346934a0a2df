import { describe, expect, it } from 'vitest';
import type { ResultFileProblem } from '../../src/domain/class/result-file.ts';
import { overviewCatalogKeys, tr } from '../../src/i18n/overzicht/index.ts';

const reasons: Record<ResultFileProblem['reason'], true> = {
  'not-json': true,
  foreign: true,
  'newer-version': true,
  malformed: true,
  'unknown-casus': true,
  'other-content': true,
  'not-a-route': true,
  duplicate: true,
  'too-large': true,
};

describe('results overview interface text', () => {
  it('has every Dutch key in English', () => {
    expect([...overviewCatalogKeys.en].sort()).toEqual([...overviewCatalogKeys.nl].sort());
  });

  it('has a sentence, in both languages, for every reason a file is skipped, naming the file', () => {
    const values = { file: 'x.json', casus: 'c', version: 2 };
    for (const reason of Object.keys(reasons)) {
      expect(overviewCatalogKeys.nl).toContain(`problem.${reason}`);
      for (const lang of ['nl', 'en'] as const)
        expect(tr(lang, `problem.${reason}` as `problem.${ResultFileProblem['reason']}`, values)).toMatch(/^x\.json: /);
    }
  });
});
