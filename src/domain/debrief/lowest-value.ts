import { VALUE_KEYS, type ValueKey } from '../scenario/model.ts';
import type { ValueScores } from '../scoring/score.ts';

/** The value of the triangle where the route scored lowest (the first in triangle order on a tie). */
export function lowestValue(values: ValueScores): ValueKey {
  return VALUE_KEYS.reduce((low, key) => (values[key] < values[low] ? key : low), VALUE_KEYS[0]);
}
