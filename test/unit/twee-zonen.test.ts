import { describe, expect, it } from 'vitest';
import { allRoutes, bestRoute } from '../../src/domain/play/route-analysis.ts';
import { scoreRoute } from '../../src/domain/scoring/score.ts';
import { checkFolder } from './checked-folder.ts';
import { loadScenarioFile } from './load-fixture.ts';

// What holds for every casus is in every-casus.test.ts; this file holds what is particular to Twee zonen.
const scenario = checkFolder().files.find((f) => f.scenario?.id === 'twee-zonen')?.scenario;
if (!scenario) throw new Error('scenarios/ has no valid casus twee-zonen');
const routes = allRoutes(scenario);

describe('casus Twee zonen', () => {
  it('names its themes in Dutch and English; a casus without themes has none', () => {
    expect(scenario.themes.length).toBeGreaterThanOrEqual(3);
    expect(scenario.themes.length).toBeLessThanOrEqual(8);
    expect(scenario.themes[0]).toEqual({ nl: 'Jeugd 18-/18+', en: 'Youth turning 18' });
    expect(scenario.themes.every((theme) => theme.en !== undefined)).toBe(true);
    expect(loadScenarioFile('test/fixtures/scenarios/minimal-valid.yaml').themes).toEqual([]);
  });

  it('has a choice that depends on state set before the previous moment', () => {
    // An option whose requirement is set only by options at moments at least two decisions back on some route.
    const dependsOnEarlier = routes.some((route) =>
      route.steps.some((step, index) => {
        const option = scenario.moments[step.momentId]?.options.find((o) => o.id === step.optionId);
        return option?.requires.some((condition) =>
          route.steps.slice(0, Math.max(0, index - 1)).some((earlier) => {
            const setter = scenario.moments[earlier.momentId]?.options.find((o) => o.id === earlier.optionId);
            return setter !== undefined && (condition.variable in setter.set || condition.variable in setter.add);
          }),
        );
      }),
    );
    expect(dependsOnEarlier).toBe(true);
  });

  it('does not reward doing as little as possible: the best route is not the cheapest complete route', () => {
    const bestScore = scoreRoute(scenario, bestRoute(scenario).steps);
    const cheapestTotal = Math.min(...routes.map((r) => scoreRoute(scenario, r.steps).routeCents));
    expect(bestScore.routeCents).toBeGreaterThan(cheapestTotal);
  });

  it('keeps its totals, with a systeemroute on the story’s own timeline that overdoing it can exceed', () => {
    const totals = routes.map((r) => scoreRoute(scenario, r.steps).routeCents);
    expect(routes).toHaveLength(692);
    // € 128.800: begeleid wonen from month 3 and the intake, plus the DUO that Dave receives there too (format 3: the
    // systeemroute counts the same income streams as the routes).
    expect(scoreRoute(scenario, []).systeemCents).toBe(12_880_000);
    expect(totals.reduce((sum, cents) => sum + cents, 0)).toBe(3_442_837_500);
    expect([Math.min(...totals), Math.max(...totals)]).toEqual([2_515_000, 13_262_500]);
  });

  it('names the payers of its own that no shared catalogue can know, and uses the catalogue for the rest', () => {
    expect(Object.keys(scenario.payers).sort()).toEqual([
      'centrumgemeente-opvang',
      'gemeente-bijzondere-bijstand',
      'gemeente-jeugd',
      'gemeente-wmo',
      'huishouden',
      'rijk-duo',
      'vader',
      'woningcorporatie',
    ]);
    expect(scenario.payers['gemeente-jeugd']?.basis?.nl).toMatch(/^Jeugdwet/);
    expect(scenario.payers.vader?.name).toEqual({ nl: 'Vader (Ruud)', en: 'Father (Ruud)' });
  });
});
