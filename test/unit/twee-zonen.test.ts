import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { allRoutes, bestRoute, cheapestRoute } from '../../src/domain/play/route-analysis.ts';
import { scoreRoute } from '../../src/domain/scoring/score.ts';
import { createSave, restoreSave } from '../../src/domain/session/save.ts';
import { createSessionMachine } from '../../src/domain/session/session-machine.ts';
import { loadScenarioFile } from './load-fixture.ts';

const scenario = loadScenarioFile('scenarios/twee-zonen.yaml');
const routes = allRoutes(scenario);

describe('casus Twee zonen', () => {
  it('has the shape the issue asks for', () => {
    expect(Object.keys(scenario.moments).length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(scenario.endings).length).toBeGreaterThanOrEqual(3);
    const reachedEndings = new Set(routes.map((r) => r.endingId));
    expect(reachedEndings).toEqual(new Set(Object.keys(scenario.endings)));
  });

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

  it('cites a source or gives an estimate for every amount', () => {
    const costs = [...Object.values(scenario.moments).flatMap((m) => m.options.flatMap((o) => o.costs)), ...scenario.systeemroute.costs];
    for (const cost of costs) expect(cost.source !== undefined || cost.estimate !== undefined).toBe(true);
  });

  it.each(routes.map((r) => [r.steps.map((s) => s.optionId).join(' → '), r] as const))('the session plays %s to the debrief', (_name, route) => {
    const actor = createActor(createSessionMachine(scenario, { lineDelayMs: 0 })).start();
    actor.send({ type: 'casus.begin' });
    for (const step of route.steps) {
      expect(actor.getSnapshot().value).toBe('deciding');
      expect(actor.getSnapshot().context.momentId).toBe(step.momentId);
      actor.send({ type: 'choice.selected', optionId: step.optionId });
      if (actor.getSnapshot().matches('revealing')) actor.send({ type: 'kassabon.revealed' });
      const saved = JSON.stringify(createSave(scenario, actor.getSnapshot().context.log, new Date(0)));
      expect(restoreSave(saved, scenario, createSessionMachine(scenario)).kind).toBe('ok');
      actor.send({ type: 'moment.continue' });
    }
    expect(actor.getSnapshot().value).toBe('debrief');
    expect(actor.getSnapshot().context.endingId).toBe(route.endingId);
    const machine = createSessionMachine(scenario, { lineDelayMs: 0 });
    const restored = restoreSave(JSON.stringify(createSave(scenario, actor.getSnapshot().context.log, new Date(0))), scenario, machine);
    expect(restored.kind === 'ok' && restored.snapshot.context).toEqual(actor.getSnapshot().context);
    const score = scoreRoute(scenario, route.steps);
    for (const value of Object.values(score.values)) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of Object.values(score.values)) expect(value).toBeLessThanOrEqual(100);
  });

  it('rewards balance over thrift: always the cheapest option scores lower than the best balanced route', () => {
    const thrifty = cheapestRoute(scenario);
    const best = bestRoute(scenario);
    const thriftyScore = scoreRoute(scenario, thrifty.steps);
    const bestScore = scoreRoute(scenario, best.steps);
    expect(thriftyScore.overall).toBeLessThan(bestScore.overall);
    // The best route is not simply the cheapest complete route either.
    const cheapestTotal = Math.min(...routes.map((r) => scoreRoute(scenario, r.steps).routeCents));
    expect(bestScore.routeCents).toBeGreaterThan(cheapestTotal);
  });
});
