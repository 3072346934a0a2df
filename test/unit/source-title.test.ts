import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/authoring/load.ts';
import { loadPayerCatalogue } from '../../src/authoring/catalogues/payer-catalogue.ts';

const fixtures = join(import.meta.dirname, '../fixtures/scenarios');
const { payers } = loadPayerCatalogue(readFileSync(join(fixtures, 'gedeeld/betalers.yaml'), 'utf8'), 'betalers.yaml');

describe('the title of a cited publication', () => {
  it('travels from the source reference to the compiled cost, for the kassabon', () => {
    const { scenario, diagnostics } = loadScenario(readFileSync(join(fixtures, 'valid-source-title.yaml'), 'utf8'), 'x.yaml', { payers });
    expect(diagnostics).toEqual([]);
    expect(scenario?.moments.intake?.options[0]?.costs[0]?.source).toEqual({
      document: '004',
      title: 'Een sociaal sociaal domein',
      line: 905,
      quote: 'ambulante begeleiding',
    });
  });
});
