import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { loadScenario } from '../../src/authoring/load.ts';
import { loadPayerCatalogue, type PayerCatalogue } from '../../src/authoring/payer-catalogue.ts';
import { PAYER_CATALOGUE, readPayerCatalogue } from '../../tools/cli/read-payer-catalogue.ts';
import { bundledScenarios } from './checked-folder.ts';

// Fixture pairs, as for casus files: <name>.yaml and <name>.expected.txt with the exact diagnostics.
const dir = join(import.meta.dirname, '../fixtures/payers');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const minimal = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/minimal-valid.yaml'), 'utf8');
const catalogue: PayerCatalogue = {
  'rijk-duo': {
    name: { nl: 'Rijk (DUO)', en: 'Central government (DUO)' },
    basis: { nl: 'Wet studiefinanciering 2000', en: 'Student Finance Act 2000' },
  },
  'gemeente-wmo': {
    name: { nl: 'Gemeente (Wmo)', en: 'Municipality (Social Support Act)' },
    basis: { nl: 'Wmo 2015', en: 'Social Support Act 2015' },
  },
  werkgever: { name: { nl: 'Werkgever', en: 'Employer' }, basis: { nl: 'Arbeidsovereenkomst', en: 'Employment contract' } },
};
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('payer catalogue file', () => {
  it.each(fixtures)('%s', (file) => {
    const expected = readFileSync(join(dir, file.replace(/\.yaml$/, '.expected.txt')), 'utf8').trim();
    const result = loadPayerCatalogue(readFileSync(join(dir, file), 'utf8'), file);
    expect(result.diagnostics.map(formatDiagnostic).join('\n')).toBe(expected);
  });

  it('keeps the entries that are valid on their own, so one broken entry does not make every payer unknown', () => {
    const source =
      'format: 1\npayers:\n  rijk-duo: { name: { nl: DUO, en: DUO }, basis: { nl: WSF, en: WSF } }\n  werkgever: { name: Werkgever, basis: { nl: BW, en: Civil Code } }\n';
    const result = loadPayerCatalogue(source, 'betalers.yaml');
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['4:22 SC004']);
    expect(Object.keys(result.payers)).toEqual(['rijk-duo']);
  });

  it('the bundled catalogue is clean and covers the payers the game is about', () => {
    const bundled = readPayerCatalogue(bundledScenarios);
    expect(bundled?.diagnostics).toEqual([]);
    expect(Object.keys(bundled?.payers ?? {})).toEqual(
      expect.arrayContaining([
        'gemeente-wmo',
        'gemeente-jeugd',
        'gemeente-bijstand',
        'gemeente-bijzondere-bijstand',
        'gemeente-schuldhulp',
        'gemeente-bewind',
        'centrumgemeente-opvang',
        'rijk-toeslagen',
        'rijk-duo',
        'rijk-cjib',
        'rijk-uwv',
        'rijk-wlz',
        'zorgverzekeraar',
        'woningcorporatie',
        'huishouden',
        'werkgever',
      ]),
    );
  });

  it('is optional: a scenarios folder without one has no catalogue', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kostenbewust-'));
    folders.push(folder);
    expect(readPayerCatalogue(folder)).toBeUndefined();
  });

  it('reports its problems located in its own file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kostenbewust-'));
    folders.push(folder);
    mkdirSync(join(folder, 'gedeeld'));
    writeFileSync(
      join(folder, PAYER_CATALOGUE),
      'format: 1\npayers:\n  rijk-duo:\n    name: { nl: DUO }\n    basis: { nl: WSF, en: WSF }\n',
    );
    const diagnostics = readPayerCatalogue(folder)?.diagnostics ?? [];
    expect(
      diagnostics.map((d) => `${d.file.endsWith(join('gedeeld', 'betalers.yaml'))} ${d.line}:${d.column} ${d.severity} ${d.code}`),
    ).toEqual(['true 4:11 error SC003']);
  });
});

describe('a casus with the shared payers', () => {
  const withoutPayers = minimal.replace(/^payers:\n(?: {2}.*\n)+/m, '');

  it('may leave out payers: and name catalogue ids; it carries only the payers it uses, resolved', () => {
    const result = loadScenario(withoutPayers.replace(/payer: huishouden/g, 'payer: gemeente-wmo'), 'casus.yaml', { payers: catalogue });
    expect(result.diagnostics).toEqual([]);
    expect(result.scenario?.payers).toEqual({ 'gemeente-wmo': { id: 'gemeente-wmo', ...catalogue['gemeente-wmo'] } });
  });

  it('without the catalogue, the same casus names unknown payers', () => {
    const result = loadScenario(withoutPayers, 'casus.yaml');
    expect(new Set(result.diagnostics.map((d) => d.code))).toEqual(new Set(['SC013']));
  });

  it('uses its own payer where the ids clash, and says so (info SC060) at its own entry', () => {
    const result = loadScenario(minimal, 'casus.yaml', { payers: catalogue });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "casus.yaml:8:3 info SC060 Betaler 'gemeente-wmo' staat ook in de gedeelde betalers; deze casus gebruikt haar eigen versie — haal 'gemeente-wmo' hier weg om de gedeelde naam en grondslag te gebruiken, of geef je eigen betaler een andere id",
    ]);
    expect(result.scenario?.payers['gemeente-wmo']).toEqual({ id: 'gemeente-wmo', name: { nl: 'Gemeente (Wmo)' } });
  });

  it('suggests the closest payer from the casus and the catalogue together', () => {
    const typos = minimal.replace('payer: gemeente-wmo', 'payer: werkgeverr').replace('payer: gemeente-wmo', 'payer: gemeente-wmoo');
    const result = loadScenario(typos, 'casus.yaml', { payers: catalogue });
    expect(result.diagnostics.filter((d) => d.code === 'SC013').map((d) => d.hint)).toEqual([
      "bedoelde je 'werkgever'?",
      "bedoelde je 'gemeente-wmo'?",
    ]);
  });
});
