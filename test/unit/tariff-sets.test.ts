import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { loadScenario } from '../../src/authoring/load.ts';
import { compileTariffSet, loadTariffCatalogue } from '../../src/authoring/tariff-catalogue.ts';
import { receiptLine } from '../../src/domain/costs/receipt.ts';
import { applyTariffs, STANDARD_TARIFF_SET, tariffsUsed, type TariffSet } from '../../src/domain/costs/tariff-set.ts';
import type { CostItem, Scenario } from '../../src/domain/scenario/model.ts';
import { systeemrouteCents } from '../../src/domain/scoring/score.ts';
import { structureHash } from '../../src/domain/session/structure-hash.ts';
import { readTariffCatalogue, readTariffSets, standardTariffSet, tariffSetId } from '../../tools/cli/read-tariff-catalogue.ts';
import { bundledScenarios, checkFolder } from './checked-folder.ts';

// Fixture pairs for a gemeente's tariff set, checked against the fixtures' own standard list.
const dir = join(import.meta.dirname, '../fixtures/tariffs/sets');
const scenarios = join(import.meta.dirname, '../fixtures/scenarios');
const standard = loadTariffCatalogue(readFileSync(join(scenarios, 'tarieven/standaard.yaml'), 'utf8'), 'tarieven/standaard.yaml');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const costsOf = (s: Scenario): CostItem[] => [
  ...Object.values(s.moments).flatMap((m) => m.options.flatMap((o) => o.costs)),
  ...s.systeemroute.costs,
];

describe("a gemeente's tariff set", () => {
  it.each(fixtures)('%s', (file) => {
    const expected = readFileSync(join(dir, file.replace(/\.yaml$/, '.expected.txt')), 'utf8').trim();
    const result = loadTariffCatalogue(readFileSync(join(dir, file), 'utf8'), file, { standard });
    expect(result.diagnostics.map(formatDiagnostic).join('\n')).toBe(expected);
  });

  it('a file with a missing or malformed price prices nothing with it: those tariffs are broken, not € 0', () => {
    const result = loadTariffCatalogue(readFileSync(join(dir, 'invalid-missing-price.yaml'), 'utf8'), 'x.yaml', { standard });
    expect(result.broken).toEqual(['begeleid-wonen', 'crisisopvang', 'ambulante-begeleiding']);
    expect(result.tariffs).toEqual({});
  });

  it('names a set after its file, as a link can write it', () => {
    expect(tariffSetId('scenarios/tarieven/Gemeente Zaanstad 2026.YAML')).toBe('gemeente-zaanstad-2026');
    expect(tariffSetId('voorbeeld-gemeente.yaml')).toBe('voorbeeld-gemeente');
  });
});

describe('applyTariffs', () => {
  const scenario = loadScenario(readFileSync(join(scenarios, 'valid-tariffs.yaml'), 'utf8'), 'valid-tariffs.yaml', {
    tariffs: standard,
  }).scenario!;
  const partial = compileTariffSet(
    'testdorp',
    loadTariffCatalogue(readFileSync(join(dir, 'valid-partial.yaml'), 'utf8'), 'valid-partial.yaml', { standard }),
  );

  it('compiled cost items keep the tariff they came from', () => {
    expect(tariffsUsed(scenario)).toEqual(['ambulante-begeleiding', 'crisisopvang', 'begeleid-wonen']);
  });

  it('prices the tariffs the set has, with its estimate; the rest keep the standard amount and are named', () => {
    const priced = applyTariffs(scenario, partial);
    const before = costsOf(scenario);
    const after = costsOf(priced);
    after.forEach((cost, i) => {
      const was = before[i]!;
      if (cost.tariff === 'ambulante-begeleiding')
        expect([cost.amountCents, cost.source, cost.estimate?.nl]).toEqual([35000, undefined, 'Contract 2026 van de gemeente.']);
      else if (cost.tariff === 'crisisopvang') expect(cost.amountCents).toBe(130000);
      else expect(cost).toEqual(was);
      expect([cost.frequency, cost.periods, cost.payer, cost.item]).toEqual([was.frequency, was.periods, was.payer, was.item]);
    });
    expect(priced.tariffSet).toEqual({
      id: 'testdorp',
      title: { nl: 'Gemeente Testdorp (2026)', en: 'Municipality of Testdorp (2026)' },
      missing: ['begeleid-wonen'],
      used: 3,
    });
    expect(structureHash(priced)).toBe(structureHash(scenario));
  });

  it('never prices per another period than the casus counts: that tariff keeps its amount and is named', () => {
    const yearly: TariffSet = {
      id: 'x',
      title: { nl: 'X' },
      tariffs: { 'ambulante-begeleiding': { amountCents: 420000, frequency: 'per_jaar', estimate: { nl: 'jaar' } } },
    };
    const priced = applyTariffs(scenario, yearly);
    expect(
      costsOf(priced)
        .filter((c) => c.tariff === 'ambulante-begeleiding')
        .map((c) => c.amountCents),
    ).toEqual([30000]);
    expect(priced.tariffSet?.missing).toContain('ambulante-begeleiding');
  });

  it('the standard set leaves every amount as compiled', () => {
    const set = compileTariffSet(STANDARD_TARIFF_SET, standard);
    expect(costsOf(applyTariffs(scenario, set))).toEqual(costsOf(scenario));
    expect(applyTariffs(scenario, set).tariffSet?.missing).toEqual([]);
  });
});

describe('the bundled tariff sets', () => {
  const std = readTariffCatalogue(bundledScenarios)!;
  const sets = readTariffSets(bundledScenarios, std);
  const { files } = checkFolder();

  it('every file in scenarios/tarieven/ besides the standard list is a clean set, each tariff sourced or estimated', () => {
    expect(sets.map((s) => s.id)).toContain('voorbeeld-gemeente');
    for (const set of sets) {
      expect(set.diagnostics.map(formatDiagnostic)).toEqual([]);
      for (const price of Object.values(set.set!.tariffs)) expect(Boolean(price.source) !== Boolean(price.estimate)).toBe(true);
    }
  });

  it('the example set changes what a casus costs, and the standard set changes nothing', () => {
    const example = sets.find((s) => s.id === 'voorbeeld-gemeente')!.set!;
    const changed = files
      .flatMap((f) => (f.scenario ? [f.scenario] : []))
      .filter((s) => {
        expect(costsOf(applyTariffs(s, standardTariffSet(std)))).toEqual(costsOf(s));
        return (
          systeemrouteCents(applyTariffs(s, example)) !== systeemrouteCents(s) ||
          costsOf(applyTariffs(s, example)).some((c, i) => c.amountCents !== costsOf(s)[i]!.amountCents)
        );
      });
    expect(changed.length).toBeGreaterThan(0);
    const line = (s: Scenario) =>
      receiptLine(
        costsOf(s).find((c) => c.tariff === 'opvoedondersteuning')!,
        { momentId: 'm', optionId: 'o', month: 0 },
        12,
      );
    const scooter = files.find((f) => f.scenario?.id === 'scooterboetes')!.scenario!;
    expect(line(applyTariffs(scooter, example)).cost.amountCents).toBe(24000);
    expect(line(scooter).cost.amountCents).toBe(20000);
  });
});

// Keeps the expected files honest when a message changes on purpose: UPDATE_FIXTURES=1 rewrites them.
if (process.env.UPDATE_FIXTURES) {
  for (const file of fixtures) {
    const result = loadTariffCatalogue(readFileSync(join(dir, file), 'utf8'), file, { standard });
    writeFileSync(join(dir, file.replace(/\.yaml$/, '.expected.txt')), `${result.diagnostics.map(formatDiagnostic).join('\n')}\n`);
  }
}
