import { totalCents } from '../costs/receipt.ts';
import { systeemrouteLines } from '../costs/systeemroute.ts';
import { VALUE_KEYS, type Scenario, type ValueKey } from '../scenario/model.ts';
import { optionOf, routeLines, type Step } from '../play/route.ts';

/**
 * The scoring rule (documented for players in the README and the debrief):
 * - every value starts at 50 and adds the deltas of the chosen options, clamped to 0–100;
 * - rendement also gets a cost factor: 25 × (systeemroute − route) / systeemroute, within ±25,
 *   so the kassabon counts, but only for one of three values;
 * - the overall result is the mean of the three minus half the gap between highest and lowest:
 *   a lopsided route (cheap but illegitimate, or generous but wasteful) loses, balance wins.
 */
export const START_SCORE = 50;
export const COST_FACTOR_WEIGHT = 25;

export type ValueScores = Readonly<Record<ValueKey, number>>;

export interface ScoreResult {
  readonly values: ValueScores;
  readonly costFactor: number;
  readonly mean: number;
  readonly spread: number;
  readonly overall: number;
  readonly routeCents: number;
  readonly systeemCents: number;
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

export function costFactor(routeCents: number, systeemCents: number): number {
  if (systeemCents <= 0) return 0;
  return clamp(Math.round((COST_FACTOR_WEIGHT * (systeemCents - routeCents)) / systeemCents), -COST_FACTOR_WEIGHT, COST_FACTOR_WEIGHT);
}

export function overallScore(values: ValueScores): { mean: number; spread: number; overall: number } {
  const numbers = VALUE_KEYS.map((key) => values[key]);
  const mean = numbers.reduce((a, b) => a + b, 0) / numbers.length;
  const spread = Math.max(...numbers) - Math.min(...numbers);
  return { mean: Math.round(mean), spread, overall: clamp(Math.round(mean - spread / 2), 0, 100) };
}

export function scoreRoute(scenario: Scenario, steps: readonly Step[]): ScoreResult {
  const routeCents = totalCents(routeLines(scenario, steps));
  const systeemCents = totalCents(systeemrouteLines(scenario));
  const factor = costFactor(routeCents, systeemCents);
  const deltas = (key: ValueKey) => steps.reduce((sum, step) => sum + optionOf(scenario, step).values[key].delta, 0);
  const values: ValueScores = {
    legitimiteit: clamp(START_SCORE + deltas('legitimiteit'), 0, 100),
    betrokkenheid: clamp(START_SCORE + deltas('betrokkenheid'), 0, 100),
    rendement: clamp(START_SCORE + deltas('rendement') + factor, 0, 100),
  };
  return { values, costFactor: factor, ...overallScore(values), routeCents, systeemCents };
}
