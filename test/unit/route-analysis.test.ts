import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGraph } from '../../src/authoring/check-graph.ts';
import { loadScenario } from '../../src/authoring/load.ts';
import { DEFAULT_BUDGET } from '../../src/domain/play/analysis-budget.ts';
import { allRoutes, bestRoute, cheapestRoute, dearestRoute, rankRoutes, storyAnalysis } from '../../src/domain/play/route-analysis.ts';
import { compileProgram } from '../../src/domain/play/story-program.ts';
import { scoreRoute } from '../../src/domain/scoring/score.ts';
import { binaryMoments } from '../support/hostile-scenario.ts';
import { loadScenarioFile } from './load-fixture.ts';

const tweeZonen = loadScenarioFile('scenarios/twee-zonen.yaml');
const key = (route: { steps: readonly { optionId: string }[] }) => route.steps.map((s) => s.optionId).join(' → ');

describe('route ranking', () => {
  const routes = allRoutes(tweeZonen).map((route) => ({ route, score: scoreRoute(tweeZonen, route.steps) }));
  const ranking = rankRoutes(tweeZonen)!;

  it('ranks every route when there are few, agreeing with scoring each route by hand', () => {
    expect(ranking.sampled).toBe(false);
    expect(ranking.total).toBe(BigInt(routes.length));
    expect(ranking.compared).toBe(routes.length);
    const byHand = [...routes].sort((a, b) => b.score.overall - a.score.overall);
    expect(ranking.best.map(key)).toEqual(byHand.slice(0, 5).map((r) => key(r.route)));
    expect(ranking.worst.score.overall).toBe(byHand[byHand.length - 1]!.score.overall);
    expect(key(ranking.cheapest)).toBe(key(cheapestRoute(tweeZonen)));
    expect(key(ranking.dearest)).toBe(key(dearestRoute(tweeZonen)));
    expect(bestRoute(tweeZonen).overall).toBe(ranking.best[0]!.score.overall);
  });

  it('counts the routes per ending and their cost range exactly', () => {
    for (const ending of ranking.endings) {
      const into = routes.filter((r) => r.route.endingId === ending.endingId).map((r) => r.score.routeCents);
      expect(ending.routes).toBe(BigInt(into.length));
      expect(ending.minCents).toBe(Math.min(...into));
      expect(ending.maxCents).toBe(Math.max(...into));
    }
    expect(ranking.endings.reduce((sum, e) => sum + e.routes, 0n)).toBe(ranking.total);
  });

  it('ranks a seeded sample beyond the budget: stable, real routes, the greedy routes in it, never contradicting itself', () => {
    const budget = { ...DEFAULT_BUDGET, routes: 10, sample: 20 };
    const sample = rankRoutes(tweeZonen, budget)!;
    expect(sample.sampled).toBe(true);
    expect(sample.total).toBe(BigInt(routes.length));
    expect(sample.compared).toBeLessThanOrEqual(22);
    expect(JSON.stringify(rankRoutes(tweeZonen, budget), (_, v) => (typeof v === 'bigint' ? String(v) : v))).toBe(
      JSON.stringify(sample, (_, v) => (typeof v === 'bigint' ? String(v) : v)),
    );
    const real = new Set(routes.map((r) => key(r.route)));
    for (const route of [...sample.best, sample.worst]) expect(real.has(key(route))).toBe(true);
    const top = sample.best[0]!.score.overall;
    for (const line of [...sample.best, sample.cheapest, sample.dearest]) {
      expect(line.score.overall).toBeLessThanOrEqual(top);
      expect(line.score.overall).toBeGreaterThanOrEqual(sample.worst.score.overall);
    }
  });

  it('draws every route about equally often in a sample', () => {
    // binaryMoments(12): 4096 routes, all equally likely; a sample of 2000 distinct routes shows no bias to either option.
    const scenario = loadScenario(binaryMoments(12), 'b.yaml').scenario!;
    const sample = rankRoutes(scenario, { ...DEFAULT_BUDGET, routes: 100, sample: 2000 })!;
    expect(sample.sampled).toBe(true);
    expect(sample.compared).toBeGreaterThan(1500);
  });
});

describe('story analysis', () => {
  it('keeps only the variables a later requires reads before they are set anew, so states collapse exactly', () => {
    // m2 and m3 read the previous moment's variable; their 'altijd' option sets nothing, so v2's
    // starting value still matters at m1 and m2. v3 is never read.
    const scenario = loadScenario(binaryMoments(3, 'previous'), 'b.yaml').scenario!;
    const program = compileProgram(scenario);
    expect(program.liveness.variables).toEqual(['v1', 'v2']);
    const live = (id: string) => Array.from(program.liveness.live(program.momentIndex.get(id)!), (v) => program.liveness.variables[v]);
    expect([live('m1'), live('m2'), live('m3')]).toEqual([['v2'], ['v1', 'v2'], ['v2']]);
    expect(storyAnalysis(scenario).pairs).toBe(5);
  });

  it('under a budget, reports only what is certain: unlinked moments yes, options never open no', () => {
    const fixture = 'test/fixtures/scenarios/warn-unreachable.yaml';
    const scenario = loadScenario(readFileSync(join(import.meta.dirname, '../..', fixture), 'utf8'), fixture).scenario!;
    const analysis = storyAnalysis(scenario, { ...DEFAULT_BUDGET, states: 1 });
    expect(analysis.complete).toBe(false);
    expect(analysis.stopped).toBe('states');
    expect(analysis.unreachableMoments).toEqual(['vergeten']);
    expect(analysis.unreachableEndings).toEqual(['los']);
    expect(analysis.neverOpen).toEqual([]);
    const codes = checkGraph(scenario, () => ({ line: 1, column: 1 }), { ...DEFAULT_BUDGET, states: 1 }).map((d) => d.code);
    expect(codes.sort()).toEqual(['SC030', 'SC031', 'SC043']);
  });

  it('finds a loop that keeps counting up, without walking its endless states', () => {
    const fixture = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/invalid-cycle.yaml'), 'utf8')
      .replace('  hulp: false', '  hulp: false\n  teller: 0')
      .replace('        set: { hulp: true }', '        set: { hulp: true }\n        add: { teller: 1 }')
      .replace('        requires: { hulp: true }', '        requires: { hulp: true, teller: { gte: 0 } }');
    const { diagnostics } = loadScenario(fixture, 'kring.yaml');
    expect(diagnostics.map((d) => d.code)).toContain('SC033');
  });

  it('says when thrift wins in a sample', () => {
    const fixture = 'test/fixtures/scenarios/warn-thrift-wins.yaml';
    const scenario = loadScenario(readFileSync(join(import.meta.dirname, '../..', fixture), 'utf8'), fixture).scenario!;
    const [draft] = checkGraph(scenario, () => ({ line: 1, column: 1 }), { ...DEFAULT_BUDGET, routes: 1 });
    expect(draft?.code).toBe('SC040');
    expect(draft?.message).toBe(
      'Zuinigheid wint in een steekproef van 2 van 2 routes: steeds de goedkoopste keuze scoort 56, de beste route in de steekproef 56',
    );
  });
});

describe('loops', () => {
  // 'b' leads to 'c' only when f is false and 'c' back to 'b' only when f is true; no route does both.
  const links = `format: 1
id: kruis
title: Kruis
summary: Twee momenten die elkaar noemen, maar nooit op dezelfde route.
source: { document: "002", title: Doen wat nodig is, line: 897 }
horizon_months: 12
payers: { p: { name: Gemeente } }
household: [{ id: a, name: A, role: moeder, age: 40, figure: vrouw }]
state: { f: false }
start: s
moments:
  s: { title: S, text: s, options: [{ id: naar-b, label: b, values: &v { legitimiteit: { delta: 0, reason: x }, betrokkenheid: { delta: 0, reason: x }, rendement: { delta: 0, reason: x } }, consequence: c, next: b }, { id: naar-c, label: c, values: *v, set: { f: true }, consequence: c, next: c }] }
  b: { title: B, text: b, options: [{ id: door, label: c, requires: { f: false }, values: *v, consequence: c, next: c }, { id: klaar, label: k, values: *v, consequence: c, ending: e }] }
  c: { title: C, text: c, options: [{ id: terug, label: b, requires: { f: true }, values: *v, consequence: c, next: b }, { id: klaar, label: k, values: *v, consequence: c, ending: e }] }
endings: { e: { title: E, text: e, tone: goed } }
systeemroute: { title: S, text: s, costs: [{ item: s, amount: 100, frequency: eenmalig, payer: p, estimate: s }] }
`;

  it('reports no loop where links point both ways but no route takes both', () => {
    const { scenario, diagnostics } = loadScenario(links, 'kruis.yaml');
    expect(diagnostics.map((d) => d.code)).not.toContain('SC033');
    expect(storyAnalysis(scenario!).complete).toBe(true);
  });

  it('says so (SC043) when the loop search runs out of budget, instead of guessing', () => {
    const scenario = loadScenario(links, 'kruis.yaml').scenario!;
    const drafts = checkGraph(scenario, () => ({ line: 1, column: 1 }), { ...DEFAULT_BUDGET, loopSearch: 2 });
    expect(drafts.map((d) => [d.code, d.message])).toEqual([
      ['SC043', "Niet volledig nagegaan of de verhaallijn in een kring loopt: te veel combinaties van moment en toestand rond 'b'"],
    ]);
  });
});
