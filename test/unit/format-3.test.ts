import { describe, expect, it } from 'vitest';
import { checkRouteFollowing } from '../../src/authoring/analyse/check-route-following.ts';
import { figureForms, quoteHasFigure } from '../../src/authoring/check/check-format-3.ts';
import { totalCents, totalsByPayer } from '../../src/domain/costs/receipt.ts';
import { applyTariffs } from '../../src/domain/costs/tariff-set.ts';
import { costTimeline } from '../../src/domain/debrief/route-timeline.ts';
import { consequenceText, endingText, momentText, settingFor } from '../../src/domain/play/route-text.ts';
import { routeLines, stateAfter } from '../../src/domain/play/route.ts';
import { allRoutes, rankRoutes } from '../../src/domain/play/route-analysis.ts';
import { cheapestCompleteRoute } from '../../src/domain/play/cheapest-complete.ts';
import { scoreRoute } from '../../src/domain/scoring/score.ts';
import { ageAt, fillAges } from '../../src/domain/scenario/ages.ts';
import { loadScenarioFile } from './load-fixture.ts';

const scenario = loadScenarioFile('test/fixtures/scenarios/valid-format-3.yaml');
const lend = [{ momentId: 'intake', optionId: 'lenen' }];
const forgive = [...lend, { momentId: 'evaluatie', optionId: 'kwijtschelden' }];

describe('format 3: one accounting rule', () => {
  it('counts a loan in full when paid out, and an aflossing as a move between pockets that leaves the total alone', () => {
    const lines = routeLines(scenario, lend);
    expect(lines.map((l) => l.subtotalCents)).toEqual([200_000, 50 * 100 * 12]);
    expect(totalCents(lines)).toBe(200_000);
    const pockets = totalsByPayer(lines);
    expect(pockets.get('gemeente-wmo')).toBe(200_000 - 60_000);
    expect(pockets.get('huishouden')).toBe(60_000);
    expect([...pockets.values()].reduce((a, b) => a + b, 0)).toBe(totalCents(lines));
  });
  it('prints a kwijtschelding and counts it as nothing (the loss was booked with the loan)', () => {
    const lines = routeLines(scenario, forgive);
    expect(lines.at(-1)!.cost.kind).toBe('kwijtschelding');
    expect(lines.at(-1)!.subtotalCents).toBe(170_000);
    expect(totalCents(lines)).toBe(200_000);
  });
  it('books a cost that depends on an earlier choice only on routes that made it, in the kassabon, the ranking and the route counts alike', () => {
    const items = (steps: typeof lend) => routeLines(scenario, steps).map((l) => l.cost.item.nl);
    expect(
      items([
        { momentId: 'intake', optionId: 'niets' },
        { momentId: 'evaluatie', optionId: 'crisis' },
      ]),
    ).toEqual(['Crisisopvang']);
    expect(items([...lend, { momentId: 'evaluatie', optionId: 'crisis' }])).toEqual([
      'Lening',
      'Aflossing',
      'Crisisopvang',
      'Lening opgeëist',
    ]);
    const ranking = rankRoutes(scenario)!;
    const routes = allRoutes(scenario);
    for (const ranked of ranking.best) expect(ranked.score.routeCents).toBe(scoreRoute(scenario, ranked.steps).routeCents);
    for (const ending of ranking.endings) {
      const totals = routes.filter((r) => r.endingId === ending.endingId).map((r) => scoreRoute(scenario, r.steps).routeCents);
      expect([ending.minCents, ending.maxCents]).toEqual([Math.min(...totals), Math.max(...totals)]);
    }
    expect(cheapestCompleteRoute(scenario)!.steps.map((s) => s.optionId)).toEqual(['lenen', 'afronden']); // € 2.000 lent; the aflossing moves money back and counts 0
  });

  it('keeps a cost’s kind and condition when a gemeente’s tariff set prices it, and changes nothing at the same price', () => {
    const intake = scenario.moments.intake!;
    const tariffed = {
      ...scenario,
      moments: {
        ...scenario.moments,
        intake: {
          ...intake,
          options: intake.options.map((o, i) => (i === 0 ? { ...o, costs: o.costs.map((c) => ({ ...c, tariff: 'lening-x' })) } : o)),
        },
      },
    };
    const priced = (cents: number) =>
      applyTariffs(tariffed, {
        id: 'x',
        title: { nl: 'X' },
        tariffs: { 'lening-x': { amountCents: cents, frequency: 'eenmalig', estimate: { nl: 'Lokaal.' } } },
      });
    const [loan] = priced(150_000).moments.intake!.options[0]!.costs;
    expect(loan).toMatchObject({ kind: 'lening', amountCents: 150_000, estimate: { nl: 'Lokaal.' } });
    expect(loan!.source).toBeUndefined();
    expect(priced(200_000).moments.intake!.options[0]!.costs[0]).toEqual(tariffed.moments.intake.options[0]!.costs[0]);
  });

  it('spreads the same rule over time: the pockets stacked add up to the route total every month', () => {
    const timeline = costTimeline(scenario, lend);
    for (let m = 0; m < timeline.horizonMonths; m++) {
      expect(timeline.yoursByPayer.reduce((sum, p) => sum + p.cumulative[m]!, 0)).toBe(timeline.yours[m]);
    }
    expect(timeline.yours.at(-1)).toBe(200_000);
  });
});

describe('format 3: the story follows the route and the clock', () => {
  it('ages a member at the month of the birthday and every 12 months after', () => {
    const dave = { age: 17, birthdayMonth: 3 };
    expect([0, 2, 3, 14, 15, 27].map((m) => ageAt(dave, m))).toEqual([17, 17, 18, 18, 19, 20]);
    expect(ageAt({ age: 4 }, 11)).toBe(4);
    expect(ageAt({ age: 4 }, 12)).toBe(5);
    expect(fillAges('Dave ({leeftijd.dave}), {leeftijd.niemand}', scenario, 21)).toBe('Dave (19), {leeftijd.niemand}');
  });
  it('shows the variant whose conditions hold, else the default, with ages for the month', () => {
    const evaluatie = scenario.moments.evaluatie!;
    expect(momentText(scenario, evaluatie, stateAfter(scenario, lend)).nl).toBe('Dave (18) lost af.');
    expect(momentText(scenario, evaluatie, scenario.initialState).nl).toBe('Dave is nu 18.');
    const lenen = scenario.moments.intake!.options[0]!;
    expect(consequenceText(scenario, scenario.moments.intake!, lenen, scenario.initialState).nl).toBe('Dave krijgt de lening.');
    expect(endingText(scenario, 'zorgelijk', stateAfter(scenario, lend)).nl).toBe('Ondanks de lening gaat het niet goed.');
    expect(endingText(scenario, 'goed', stateAfter(scenario, lend)).nl).toBe('Dave (18) redt zich.');
  });
  it('draws the setting the first matching stage entry names, else home', () => {
    expect(settingFor(scenario, scenario.initialState)).toBe('thuis');
    expect(settingFor(scenario, stateAfter(scenario, lend))).toBe('verhuisd');
  });
  it('says when the walk over the endings’ assumptions stopped at its limit (SC106)', () => {
    const drafts = checkRouteFollowing(scenario, () => ({ line: 1, column: 1 }), 3, 1);
    expect(drafts.map((d) => d.code)).toContain('SC106');
    expect(checkRouteFollowing(scenario, () => ({ line: 1, column: 1 }), 3).map((d) => d.code)).toEqual([]);
  });
});

describe('format 3: a quoted figure stands in its quote', () => {
  it('finds the figure in the ways Dutch and English write it, and not inside a longer number', () => {
    expect(figureForms(80000)).toContain('80.000');
    expect(quoteHasFigure('ongeveer € 80.000 per jaar', 80000)).toBe(true);
    expect(quoteHasFigure('€ 20.000 hogere kosten', 20000)).toBe(true);
    expect(quoteHasFigure('€ 120.000 per jaar', 20000)).toBe(false);
    expect(quoteHasFigure('€ 80.0005', 80000)).toBe(false);
    expect(quoteHasFigure('€ 12,50 per uur', 12.5)).toBe(true);
    expect(quoteHasFigure('kost veel', 80000)).toBe(false);
  });
});
