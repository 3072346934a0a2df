import type { ReflectionQuestion, Scenario } from '../scenario/model.ts';
import type { ValueScores } from '../scoring/score.ts';
import { lowestValue } from './lowest-value.ts';

export interface Reflection {
  /** The value where the route scored lowest. */
  readonly lowest: ReturnType<typeof lowestValue>;
  /** The questions tied to that value first, then the others in authored order. */
  readonly questions: readonly (ReflectionQuestion & { readonly tiedToLowest: boolean })[];
}

export function reflectionFor(scenario: Scenario, values: ValueScores): Reflection {
  const lowest = lowestValue(values);
  const tied = scenario.reflection.filter((q) => q.value === lowest);
  const rest = scenario.reflection.filter((q) => q.value !== lowest);
  return { lowest, questions: [...tied.map((q) => ({ ...q, tiedToLowest: true })), ...rest.map((q) => ({ ...q, tiedToLowest: false }))] };
}
