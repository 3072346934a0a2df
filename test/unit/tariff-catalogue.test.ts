import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { loadScenario } from '../../src/authoring/load.ts';
import { loadTariffCatalogue } from '../../src/authoring/tariff-catalogue.ts';
import { readSourceTexts } from '../../tools/cli/scenario-files.ts';
import { readTariffCatalogue } from '../../tools/cli/read-tariff-catalogue.ts';
import { bundledScenarios } from './checked-folder.ts';

// Fixture pairs, as for casus files: <name>.yaml and <name>.expected.txt with the exact diagnostics,
// quotes checked against the fixture source texts.
const dir = join(import.meta.dirname, '../fixtures/tariffs');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const sources = readSourceTexts(join(import.meta.dirname, '../fixtures/sources'));
const scenarios = join(import.meta.dirname, '../fixtures/scenarios');
const read = (file: string) => readFileSync(join(scenarios, file), 'utf8');

describe('tariff list file', () => {
  it.each(fixtures)('%s', (file) => {
    const expected = readFileSync(join(dir, file.replace(/\.yaml$/, '.expected.txt')), 'utf8').trim();
    const result = loadTariffCatalogue(readFileSync(join(dir, file), 'utf8'), file, { sources });
    expect(result.diagnostics.map(formatDiagnostic).join('\n')).toBe(expected);
  });

  it('keeps the tariffs that are valid on their own and names the broken ones', () => {
    const result = loadTariffCatalogue(readFileSync(join(dir, 'invalid-no-source.yaml'), 'utf8'), 'tarieven.yaml', { sources });
    expect(Object.keys(result.tariffs)).toEqual([]);
    expect(result.broken).toEqual(['budgetbeheer', 'ambulante-begeleiding']);
    const valid = loadTariffCatalogue(readFileSync(join(dir, 'valid.yaml'), 'utf8'), 'tarieven.yaml', { sources });
    expect(Object.keys(valid.tariffs)).toEqual(['ambulante-begeleiding', 'budgetbeheer']);
  });

  it('the bundled list is clean, every tariff sourced or estimated, its quotes found in the seeds when they are there', () => {
    const bundled = readTariffCatalogue(bundledScenarios);
    expect(bundled?.diagnostics).toEqual([]);
    expect(Object.keys(bundled?.tariffs ?? {})).toEqual(
      expect.arrayContaining([
        'begeleid-wonen',
        'maatschappelijke-opvang',
        'ambulante-begeleiding',
        'bijstand-jaar',
        'opvoedondersteuning',
        'bewindvoering',
        'budgetbeheer',
        'schuldhulptraject',
      ]),
    );
    for (const tariff of Object.values(bundled?.tariffs ?? {})) expect(Boolean(tariff.source) !== Boolean(tariff.estimate)).toBe(true);
  });
});

describe('a casus that names tariffs', () => {
  const tariffs = loadTariffCatalogue(read('tarieven/standaard.yaml'), 'tarieven/standaard.yaml');

  it('compiles to the same amounts, frequencies and sources as one that writes them out', () => {
    const own = loadScenario(read('minimal-valid.yaml'), 'minimal-valid.yaml').scenario;
    const named = loadScenario(read('valid-tariffs.yaml'), 'valid-tariffs.yaml', { tariffs }).scenario;
    const costs = (s: typeof own) => [
      ...Object.values(s?.moments ?? {}).flatMap((m) => m.options.flatMap((o) => o.costs)),
      ...(s?.systeemroute.costs ?? []),
    ];
    expect(costs(named).map((c) => [c.amountCents, c.frequency, c.periods, c.payer])).toEqual(
      costs(own).map((c) => [c.amountCents, c.frequency, c.periods, c.payer]),
    );
    expect(costs(named)[0]?.item).toEqual({ nl: 'Ambulante begeleiding', en: 'Outpatient support' }); // the tariff's text
    expect(costs(named)[1]?.item).toEqual({ nl: 'Crisisopvang, twee weken', en: 'Crisis shelter, two weeks' }); // its own text wins
    expect(costs(named)[0]?.source).toEqual({ document: '901', line: 4, quote: 'ongeveer € 300 per maand' });
  });

  it('is told where the problem is when the tariff is broken in the list, or when there is no list', () => {
    const broken = { file: 'tarieven/standaard.yaml', tariffs: {}, broken: ['ambulante-begeleiding', 'begeleid-wonen', 'crisisopvang'] };
    const codes = (result: ReturnType<typeof loadScenario>) =>
      result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
    expect(codes(loadScenario(read('valid-tariffs.yaml'), 'x.yaml', { tariffs: broken }))).toContain(
      "24:21 SC080 Tarief 'ambulante-begeleiding' heeft een fout in tarieven/standaard.yaml",
    );
    const none = loadScenario(read('valid-tariffs.yaml'), 'x.yaml');
    expect(none.scenario).toBeUndefined();
    expect(codes(none)).toContain("24:21 SC080 Tarief 'ambulante-begeleiding' gevraagd, maar er is geen tarievenlijst");
  });
});
