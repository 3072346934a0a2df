import { describe, expect, it } from 'vitest';
import { parseLaunchParams } from '../../src/app/launch-params.ts';
import { readSettings, writeSettings } from '../../src/app/settings.ts';
import { availableChoice, keepOwnTariffs, keptOwnTariffs, priceScenario } from '../../src/app/tariff-choice.ts';
import { filterScenarios, knownThemes, themeOptions, toggleTheme } from '../../src/domain/scenario/scenario-filter.ts';
import type { ScenarioSummary } from '../../src/domain/scenario/scenario-summary.ts';
import { checkOwnTariffs } from '../../src/authoring/browser/check-own-tariffs.ts';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { readTariffCatalogue, readTariffSets, standardTariffSet } from '../../tools/cli/read-tariff-catalogue.ts';
import { resultRecord } from '../../src/domain/debrief/result-export.ts';
import { createSave, restoreSave } from '../../src/domain/session/save.ts';
import { applyTariffs } from '../../src/domain/costs/tariff-set.ts';
import { dearestRoute } from '../../src/domain/play/route-analysis.ts';
import { bundledScenarios, checkFolder } from './checked-folder.ts';
import { memoryStore } from './support/memory-store.ts';

const scenario = (id: string, ...themes: string[]): ScenarioSummary => ({
  id,
  title: { nl: id },
  summary: { nl: id },
  horizonMonths: 12,
  source: { document: '002', title: 't', line: 1 },
  themes: themes.map((nl) => ({ nl, en: `${nl} (en)` })),
  household: [],
});

describe('theme filter state', () => {
  const library = [scenario('a', 'Schulden', 'Wonen'), scenario('b', 'Opvoeding', 'schulden '), scenario('c', 'Wonen'), scenario('d')];

  it('lists each theme once (by its Dutch text, whatever the case), most common first', () => {
    expect(themeOptions(library).map((o) => [o.key, o.count])).toEqual([
      ['schulden', 2],
      ['wonen', 2],
      ['opvoeding', 1],
    ]);
  });

  it('shows every casus without a choice, and a casus with any chosen theme', () => {
    expect(filterScenarios(library, [])).toEqual(['a', 'b', 'c', 'd']);
    expect(filterScenarios(library, ['opvoeding'])).toEqual(['b']);
    expect(filterScenarios(library, ['opvoeding', 'wonen'])).toEqual(['a', 'b', 'c']);
  });

  it('toggles a theme on and off, and forgets remembered themes the library no longer has', () => {
    expect(toggleTheme(toggleTheme([], 'wonen'), 'schulden')).toEqual(['wonen', 'schulden']);
    expect(toggleTheme(['wonen', 'schulden'], 'wonen')).toEqual(['schulden']);
    expect(knownThemes(['wonen', 'verdwenen', 'wonen'], themeOptions(library))).toEqual(['wonen']);
  });
});

describe('settings and links for the picker', () => {
  it('remembers the theme filter, the tariff set and the dismissed intro beside language and sound, each written on its own', () => {
    const store = memoryStore();
    expect(readSettings(store)).toEqual({ lang: 'nl', sound: true, themes: [], tariffs: 'standaard', introSeen: false });
    writeSettings(store, { lang: 'en', sound: false });
    writeSettings(store, { themes: ['wonen'] });
    writeSettings(store, { tariffs: 'voorbeeld-gemeente' });
    writeSettings(store, { introSeen: true });
    expect(readSettings(store)).toEqual({ lang: 'en', sound: false, themes: ['wonen'], tariffs: 'voorbeeld-gemeente', introSeen: true });
    store.set('settings', JSON.stringify({ lang: 'en', themes: 'wonen', tariffs: 7, introSeen: 'ja' }));
    expect(readSettings(store)).toEqual({ lang: 'en', sound: true, themes: [], tariffs: 'standaard', introSeen: false });
  });

  it('reads ?tarieven=<id> and drops a value that is not a set name', () => {
    expect(parseLaunchParams('?tarieven=voorbeeld-gemeente')).toEqual({ tarieven: 'voorbeeld-gemeente', ignored: [] });
    expect(parseLaunchParams('?tarieven=../../etc').ignored).toEqual(['tarieven']);
  });
});

describe('choosing a tariff set', () => {
  const std = readTariffCatalogue(bundledScenarios)!;
  const example = readTariffSets(bundledScenarios, std).find((s) => s.id === 'voorbeeld-gemeente')!.set!;
  const bundled = [standardTariffSet(std), example].map((set) => ({ id: set.id, title: set.title, load: () => Promise.resolve(set) }));
  const scooter = checkFolder().files.find((f) => f.scenario?.id === 'scooterboetes')!.scenario!;

  it('honours a choice the game has, else falls back to the standard set', () => {
    expect(availableChoice('voorbeeld-gemeente', bundled, null)).toBe('voorbeeld-gemeente');
    expect(availableChoice('verdwenen', bundled, null)).toBe('standaard');
    expect(availableChoice('eigen', bundled, null)).toBe('standaard');
    expect(availableChoice('eigen', bundled, { ...example, id: 'eigen' })).toBe('eigen');
  });

  it('prices the casus from the chosen set; the save and the result export record it and the save still plays', async () => {
    const priced = await priceScenario(scooter, 'voorbeeld-gemeente', bundled, null);
    expect(priced.tariffSet?.id).toBe('voorbeeld-gemeente');
    const route = dearestRoute(priced);
    expect(resultRecord(priced, route.steps, route.endingId, '2026-11-23T20:00:00.000Z').tariffSet).toBe('voorbeeld-gemeente');
    const log = [{ type: 'casus.begin' as const }, { type: 'choice.selected' as const, optionId: route.steps[0]!.optionId }];
    const save = createSave(priced, log, new Date(0));
    expect(save.tariffSet).toBe('voorbeeld-gemeente');
    // Amounts are not structure: the same save plays against the standard-priced casus.
    expect(restoreSave(JSON.stringify(save), await priceScenario(scooter, 'standaard', bundled, null)).kind).toBe('ok');
  });

  it('keeps an own tariff set in this browser, and reads nothing from a damaged one', () => {
    const store = memoryStore();
    keepOwnTariffs(store, 'testdorp.yaml', { ...example, id: 'eigen' });
    expect(applyTariffs(scooter, keptOwnTariffs(store)!).tariffSet?.id).toBe('eigen');
    expect(keptOwnTariffs(store)?.tariffs.budgetbeheer?.amountCents).toBe(2500);
    store.set(
      'own-tariffs',
      JSON.stringify({ file: 'x', set: { id: 'eigen', title: { nl: 'x' }, tariffs: { a: { amountCents: -5, frequency: 'per_maand' } } } }),
    );
    expect(keptOwnTariffs(store)).toBeNull();
  });
});

describe('an own tariff file, checked in the browser', () => {
  const std = readTariffCatalogue(bundledScenarios)!;
  const bytes = (text: string) => new TextEncoder().encode(text);
  const head =
    'format: 1\ntitle: { nl: "Gemeente Testdorp", en: "Testdorp" }\ntariffs:\n  budgetbeheer:\n    item: { nl: Budgetbeheer, en: Budget management }\n';

  it('gets located Dutch messages for a missing or malformed price, and no set', () => {
    const missing = checkOwnTariffs(bytes(`${head}    frequency: per_maand\n    estimate: Contract.\n`), 'testdorp.yaml', std);
    expect(missing.set).toBeUndefined();
    expect(missing.diagnostics.map(formatDiagnostic)).toEqual([
      "testdorp.yaml:5:5 error SC003 Verplicht veld 'amount' ontbreekt in tarief 'budgetbeheer' — voeg 'amount:' toe (een getal)",
    ]);
    const malformed = checkOwnTariffs(
      bytes(`${head}    amount: 2.500\n    frequency: per_maand\n    estimate: Contract.\n`),
      'testdorp.yaml',
      std,
    );
    expect(malformed.set).toBeUndefined();
    expect(malformed.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['6:13 SC029']);
  });

  it('refuses a file that is not UTF-8 or far too large with a message, never a crash', () => {
    expect(checkOwnTariffs(new Uint8Array([0xff, 0xfe, 0x41, 0]), 'x.yaml', std).diagnostics[0]?.code).toBe('SC050');
    expect(checkOwnTariffs(new Uint8Array(2 * 1024 * 1024).fill(0x61), 'x.yaml', std).diagnostics[0]?.code).toBe('SC051');
  });

  it('compiles a clean file to a set under the own id', () => {
    const ok = checkOwnTariffs(
      bytes(`${head}    amount: 22.50\n    frequency: per_maand\n    estimate: Contract.\n`),
      'testdorp.yaml',
      std,
    );
    expect(ok.diagnostics).toEqual([]);
    expect(ok.set).toEqual({
      id: 'eigen',
      title: { nl: 'Gemeente Testdorp', en: 'Testdorp' },
      tariffs: { budgetbeheer: { amountCents: 2250, frequency: 'per_maand', estimate: { nl: 'Contract.' } } },
    });
  });
});
