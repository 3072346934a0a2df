import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { loadScenarioBytes } from '../../src/authoring/load-bytes.ts';
import { loadPayerCatalogue } from '../../src/authoring/catalogues/payer-catalogue.ts';
import { loadSourceCatalogue } from '../../src/authoring/catalogues/source-catalogue.ts';
import { loadTariffCatalogue } from '../../src/authoring/catalogues/tariff-catalogue.ts';
import { readSourceTexts } from '../../tools/cli/scenario-files.ts';

// Each fixture is a pair: <name>.yaml and <name>.expected.txt with the exact diagnostics it must produce.
// A fixture named <name>.with-sources.yaml is checked against the source texts in fixtures/sources/,
// as `npm run check:scenarios -- --sources DIR` would check it; one named <name>.with-documents.yaml against the
// fixtures' own source list (gedeeld/bronnen.yaml), as casus files are against scenarios/gedeeld/bronnen.yaml.
const dir = join(import.meta.dirname, '../fixtures/scenarios');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
// Checked against a small shared catalogue of their own, as casus files are against scenarios/gedeeld/.
const { payers } = loadPayerCatalogue(readFileSync(join(dir, 'gedeeld/betalers.yaml'), 'utf8'), 'gedeeld/betalers.yaml');
const sources = readSourceTexts(join(import.meta.dirname, '../fixtures/sources'));
// And against a small tariff list of their own, as casus files are against scenarios/tarieven/.
const tariffs = loadTariffCatalogue(readFileSync(join(dir, 'tarieven/standaard.yaml'), 'utf8'), 'tarieven/standaard.yaml', { sources });

const { documents } = loadSourceCatalogue(readFileSync(join(dir, 'gedeeld/bronnen.yaml'), 'utf8'), 'gedeeld/bronnen.yaml');

function optionsFor(file: string) {
  if (file.endsWith('.with-sources.yaml')) return { payers, tariffs, sources };
  if (file.endsWith('.with-documents.yaml')) return { payers, tariffs, documents };
  return { payers, tariffs };
}

describe('scenario loader diagnostics', () => {
  it.each(fixtures)('%s', (file) => {
    // Read as bytes, as the checker does: some fixtures are deliberately not UTF-8.
    const bytes = readFileSync(join(dir, file));
    const expected = readFileSync(join(dir, file.replace(/\.yaml$/, '.expected.txt')), 'utf8').trim();
    const result = loadScenarioBytes(bytes, file, optionsFor(file));
    expect(result.diagnostics.map(formatDiagnostic).join('\n')).toBe(expected);
    const hasError = result.diagnostics.some((d) => d.severity === 'error');
    expect(result.scenario === undefined).toBe(hasError);
  });

  it('has a clean tariff list of its own', () => {
    expect(tariffs.diagnostics).toEqual([]);
    expect(Object.keys(tariffs.tariffs)).toEqual(['ambulante-begeleiding', 'begeleid-wonen', 'crisisopvang']);
  });

  it('covers both valid and invalid files', () => {
    expect(fixtures.filter((f) => f.startsWith('invalid-')).length).toBeGreaterThanOrEqual(10);
    expect(fixtures).toContain('minimal-valid.yaml');
  });
});
