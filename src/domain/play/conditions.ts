import type { Comparison, Condition, GameState, Option, StateValue } from '../scenario/model.ts';

/** Whether a state variable's value passes one comparison; the one place that decides what `requires` means. */
export function passes(actual: StateValue | undefined, test: Comparison): boolean {
  switch (test.op) {
    case 'eq':
      return actual === test.value;
    case 'ne':
      return actual !== test.value;
    case 'gte':
      return typeof actual === 'number' && actual >= test.value;
    case 'lte':
      return typeof actual === 'number' && actual <= test.value;
  }
}

function holds(condition: Condition, state: GameState): boolean {
  return passes(state[condition.variable], condition.test);
}

export function isAvailable(option: Option, state: GameState): boolean {
  return option.requires.every((c) => holds(c, state));
}

/** The value a variable has after an option: `set` first, then `add` (a missing number counts as 0). */
export function effectOn(option: Option, variable: string, before: StateValue | undefined): StateValue | undefined {
  const base = Object.hasOwn(option.set, variable) ? option.set[variable] : before;
  if (!Object.hasOwn(option.add, variable)) return base;
  return (typeof base === 'number' ? base : 0) + (option.add[variable] ?? 0);
}

/** Applies an option's effects to `state` itself: linear in the effects, not in the size of the state. */
export function applyStateEffectsInPlace(option: Option, state: Record<string, StateValue>): void {
  for (const variable of [...Object.keys(option.set), ...Object.keys(option.add)]) {
    const value = effectOn(option, variable, state[variable]);
    if (value !== undefined) state[variable] = value;
  }
}

export function applyStateEffects(option: Option, state: GameState): GameState {
  const next: Record<string, StateValue> = { ...state };
  applyStateEffectsInPlace(option, next);
  return next;
}
