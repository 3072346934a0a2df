import { describe, expect, it } from 'vitest';
import { costFactor, overallScore, scoreRoute } from '../../src/domain/scoring/score.ts';
import { minimalScenario } from './support/scenario-builder.ts';

describe('scoring rule', () => {
  it('rewards balance: an even profile beats a lopsided one with the same mean', () => {
    expect(overallScore({ legitimiteit: 70, betrokkenheid: 70, rendement: 70 }).overall).toBe(70);
    expect(overallScore({ legitimiteit: 40, betrokkenheid: 70, rendement: 100 }).overall).toBe(40);
  });

  it('gives rendement a bounded cost factor against the systeemroute', () => {
    expect(costFactor(0, 100)).toBe(25);
    expect(costFactor(100, 100)).toBe(0);
    expect(costFactor(50, 100)).toBe(13);
    expect(costFactor(1_000, 100)).toBe(-25);
    expect(costFactor(10, 0)).toBe(0);
  });

  it('scores a route from its deltas and costs', () => {
    const scenario = minimalScenario();
    const result = scoreRoute(scenario, [
      { momentId: 'intake', optionId: 'begeleiding' },
      { momentId: 'evaluatie', optionId: 'afronden' },
    ]);
    expect(result.routeCents).toBe(180_000);
    expect(result.systeemCents).toBe(5_520_000);
    expect(result.costFactor).toBe(24);
    expect(result.values).toEqual({ legitimiteit: 55, betrokkenheid: 65, rendement: 84 });
    expect(result.overall).toBe(Math.round((55 + 65 + 84) / 3 - (84 - 55) / 2));
  });
});
