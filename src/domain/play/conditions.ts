import type { Condition, GameState, Option, StateValue } from '../scenario/model.ts';

function holds(condition: Condition, state: GameState): boolean {
  const actual: StateValue | undefined = state[condition.variable];
  const { test } = condition;
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

export function isAvailable(option: Option, state: GameState): boolean {
  return option.requires.every((c) => holds(c, state));
}

export function applyStateEffects(option: Option, state: GameState): GameState {
  const next: Record<string, StateValue> = { ...state, ...option.set };
  for (const [variable, amount] of Object.entries(option.add)) {
    const current = next[variable];
    next[variable] = (typeof current === 'number' ? current : 0) + amount;
  }
  return next;
}
