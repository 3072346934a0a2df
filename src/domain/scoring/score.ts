import { totalCents } from '../costs/receipt.ts';
import { systeemrouteLines } from '../costs/systeemroute.ts';
import { VALUE_KEYS, type Scenario, type ValueKey } from '../scenario/model.ts';
import { optionOf, routeLines, type Step } from '../play/route.ts';

/**
 * The scoring rule (documented for players in docs/playing.md and the debrief):
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

/** The sums a route's score is made of: its total cost and, per value, the sum of the chosen options' deltas. */
export interface RouteTotals {
  readonly routeCents: number;
  readonly deltas: Readonly<Record<ValueKey, number>>;
}

/** The score of any route with these totals: the rule above, without walking the route again. */
export function scoreTotals(totals: RouteTotals, systeemCents: number): ScoreResult {
  const factor = costFactor(totals.routeCents, systeemCents);
  const values: ValueScores = {
    legitimiteit: clamp(START_SCORE + totals.deltas.legitimiteit, 0, 100),
    betrokkenheid: clamp(START_SCORE + totals.deltas.betrokkenheid, 0, 100),
    rendement: clamp(START_SCORE + totals.deltas.rendement + factor, 0, 100),
  };
  return { values, costFactor: factor, ...overallScore(values), routeCents: totals.routeCents, systeemCents };
}

/**
 * The systeemroute by the same rule, as the debrief's reference outline: standard procedure makes no authored
 * choices (no deltas) and costs exactly the systeemroute (cost factor 0), so every value stays where it starts.
 */
export function systeemrouteScore(systeemCents: number): ScoreResult {
  return scoreTotals({ routeCents: systeemCents, deltas: { legitimiteit: 0, betrokkenheid: 0, rendement: 0 } }, systeemCents);
}

export function systeemrouteCents(scenario: Scenario): number {
  return totalCents(systeemrouteLines(scenario));
}

export function scoreRoute(scenario: Scenario, steps: readonly Step[]): ScoreResult {
  const deltas = { legitimiteit: 0, betrokkenheid: 0, rendement: 0 };
  for (const step of steps) {
    const option = optionOf(scenario, step);
    for (const key of VALUE_KEYS) deltas[key] += option.values[key].delta;
  }
  return scoreTotals({ routeCents: totalCents(routeLines(scenario, steps)), deltas }, systeemrouteCents(scenario));
}
