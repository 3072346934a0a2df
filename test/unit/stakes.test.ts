import { describe, expect, it } from 'vitest';
import { totalCents } from '../../src/domain/costs/receipt.ts';
import { routeCumulative, systeemCumulative } from '../../src/domain/debrief/route-timeline.ts';
import { allRoutes, bestRoute, cheapestRoute, dearestRoute } from '../../src/domain/play/route-analysis.ts';
import { routeLines } from '../../src/domain/play/route.ts';
import { routeCentsUpTo, stakesNow, systeemCentsUpTo } from '../../src/domain/play/stakes.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { systeemrouteCents } from '../../src/domain/scoring/score.ts';
import { phaseOf, sessionView } from '../../src/domain/session/selectors.ts';
import { checkFolder } from './checked-folder.ts';
import { startSession } from './support/session.ts';

const scenarios: Scenario[] = checkFolder().files.flatMap((file) => (file.scenario ? [file.scenario] : []));
const months = (scenario: Scenario) => Array.from({ length: scenario.horizonMonths }, (_, m) => m);
const sampleRoutes = (scenario: Scenario) => [
  ...allRoutes(scenario, 30),
  cheapestRoute(scenario),
  dearestRoute(scenario),
  bestRoute(scenario),
];

describe('the stakes during play, in every bundled casus', () => {
  it('covers the whole library', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(16);
  });

  describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    it('the systeemroute up to a month grows month by month to its kassabon total, and is the debrief chart’s line', () => {
      const chart = systeemCumulative(scenario);
      let previous = 0;
      for (const month of months(scenario)) {
        const cents = systeemCentsUpTo(scenario, month);
        expect(cents).toBe(chart[month]);
        expect(cents).toBeGreaterThanOrEqual(previous);
        previous = cents;
      }
      expect(systeemCentsUpTo(scenario, scenario.horizonMonths - 1)).toBe(systeemrouteCents(scenario));
      expect(systeemCentsUpTo(scenario, scenario.horizonMonths + 12)).toBe(systeemrouteCents(scenario));
      expect(systeemCentsUpTo(scenario, -1)).toBe(0);
    });

    it('a route up to a month is the debrief chart’s line for that route, ending at its kassabon total', () => {
      for (const route of sampleRoutes(scenario)) {
        const lines = routeLines(scenario, route.steps);
        const chart = routeCumulative(scenario, route.steps);
        for (const month of months(scenario)) expect(routeCentsUpTo(scenario, lines, month)).toBe(chart[month]);
        expect(routeCentsUpTo(scenario, lines, scenario.horizonMonths - 1)).toBe(totalCents(lines));
      }
    });

    it('while deciding it holds only what was chosen before; after a choice it adds that choice, at the decided month', () => {
      for (const route of sampleRoutes(scenario).slice(-3)) {
        const actor = startSession(scenario);
        actor.send({ type: 'casus.begin' });
        route.steps.forEach((step, index) => {
          const deciding = sessionView(scenario, phaseOf(actor.getSnapshot().value), actor.getSnapshot().context);
          const month = scenario.moments[step.momentId]!.month;
          const before = stakesNow(scenario, deciding);
          // No option of this decision is in it yet: the same figures whichever the player is about to pick.
          expect(before).toEqual({
            month,
            routeCents: routeCentsUpTo(scenario, routeLines(scenario, route.steps.slice(0, index)), month),
            systeemCents: systeemCentsUpTo(scenario, month),
          });
          actor.send({ type: 'choice.selected', optionId: step.optionId });
          if (actor.getSnapshot().matches('revealing')) actor.send({ type: 'kassabon.revealed' });
          const after = stakesNow(scenario, sessionView(scenario, phaseOf(actor.getSnapshot().value), actor.getSnapshot().context));
          expect(after.month).toBe(month);
          expect(after.systeemCents).toBe(before.systeemCents);
          expect(after.routeCents).toBe(routeCentsUpTo(scenario, routeLines(scenario, route.steps.slice(0, index + 1)), month));
          expect(after.routeCents).toBeGreaterThanOrEqual(before.routeCents);
          actor.send({ type: 'moment.continue' });
        });
      }
    });
  });
});

describe('the stakes in Twee zonen', () => {
  const scenario = scenarios.find((s) => s.id === 'twee-zonen')!;
  it('start at nothing for the route and the systeemroute’s first month for the systeemroute', () => {
    const first = scenario.moments[scenario.start]!;
    const stakes = stakesNow(scenario, { moment: first, lines: [] });
    expect(stakes.routeCents).toBe(0);
    expect(stakes.systeemCents).toBe(systeemCumulative(scenario)[first.month]);
    expect(stakes.systeemCents).toBeGreaterThan(0);
  });
});
