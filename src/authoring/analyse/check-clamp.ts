import type { RankedRoute } from '../../domain/play/route-analysis.ts';
import type { Step } from '../../domain/play/route.ts';
import { optionOf } from '../../domain/play/route.ts';
import { VALUE_KEYS, type Scenario, type ValueKey } from '../../domain/scenario/model.ts';
import { START_SCORE } from '../../domain/scoring/score.ts';
import { authoredOptionPath } from './authored-path.ts';
import { report } from '../diagnostics/registry.ts';
import type { Draft, Locator } from '../parse/draft.ts';

/** A route's choices for a message; a long one shortened. */
function routeText(route: RankedRoute): string {
  const ids = route.steps.map((s) => s.optionId);
  return ids.length <= 6 ? ids.join(' → ') : `${ids.slice(0, 3).join(' → ')} → … → ${ids.slice(-2).join(' → ')}`;
}

/** The route's sum for one value, as the score adds it before clamping, and the step from which it stays out of 0–100. */
function unclamped(scenario: Scenario, route: RankedRoute, value: ValueKey): { raw: number; from?: Step } {
  let raw = START_SCORE + (value === 'rendement' ? route.score.costFactor : 0);
  let from: Step | undefined;
  for (const step of route.steps) {
    raw += optionOf(scenario, step).values[value].delta;
    if (raw >= 0 && raw <= 100) from = undefined;
    else from ??= step;
  }
  return from ? { raw, from } : { raw };
}

/**
 * SC071: on the best route a value ends past 100 or below 0 and is clamped, so part of what the trainer
 * authored does not count and an intended best choice can lose. Located at the choice from which the
 * route's running sum stays outside 0–100.
 */
export function checkClamp(scenario: Scenario, best: RankedRoute, locate: Locator): Draft[] {
  return VALUE_KEYS.flatMap((value): Draft[] => {
    const { raw, from } = unclamped(scenario, best, value);
    if (!from) return [];
    const where = locate(authoredOptionPath(scenario.moments[from.momentId]!, from.optionId, ['values', value, 'delta']));
    const route = routeText(best);
    return [
      raw > 100
        ? { ...where, ...report('SC071', 'high', { value, raw, lost: raw - 100, route }) }
        : { ...where, ...report('SC071', 'low', { value, raw, lost: -raw, route }) },
    ];
  });
}
