import { receiptLine, type ReceiptLine } from '../costs/receipt.ts';
import type { CostItem, GameState, Moment, Option, Scenario, StateValue } from '../scenario/model.ts';
import { applyStateEffectsInPlace, isAvailable, passes } from './conditions.ts';

/** One decision taken: which option at which moment. */
export interface Step {
  readonly momentId: string;
  readonly optionId: string;
}

export function momentOf(scenario: Scenario, momentId: string): Moment {
  const moment = scenario.moments[momentId];
  if (!moment) throw new Error(`Unknown moment '${momentId}' in scenario '${scenario.id}'`);
  return moment;
}

export function optionOf(scenario: Scenario, step: Step): Option {
  const option = momentOf(scenario, step.momentId).options.find((o) => o.id === step.optionId);
  if (!option) throw new Error(`Unknown option '${step.optionId}' at moment '${step.momentId}'`);
  return option;
}

export function availableOptions(scenario: Scenario, momentId: string, state: GameState): Option[] {
  return momentOf(scenario, momentId).options.filter((o) => isAvailable(o, state));
}

/** Game state after a sequence of steps, from the scenario's initial state (one copy, whatever the route's length). */
export function stateAfter(scenario: Scenario, steps: readonly Step[]): GameState {
  const state: Record<string, StateValue> = { ...scenario.initialState };
  for (const step of steps) applyStateEffectsInPlace(optionOf(scenario, step), state);
  return state;
}

/** Whether a cost is booked in the state before its option's own effects: always, unless its `requires` fails. */
export function costApplies(cost: Pick<CostItem, 'requires'>, stateBefore: GameState): boolean {
  return cost.requires === undefined || cost.requires.every((c) => passes(stateBefore[c.variable], c.test));
}

/** The receipt lines of one step, taken in `stateBefore` (the state before the option's own effects). */
export function stepLines(scenario: Scenario, step: Step, stateBefore: GameState): ReceiptLine[] {
  const moment = momentOf(scenario, step.momentId);
  return optionOf(scenario, step)
    .costs.filter((cost) => costApplies(cost, stateBefore))
    .map((cost) => receiptLine(cost, { momentId: step.momentId, optionId: step.optionId, month: moment.month }, scenario.horizonMonths));
}

export function routeLines(scenario: Scenario, steps: readonly Step[]): ReceiptLine[] {
  const state: Record<string, StateValue> = { ...scenario.initialState };
  return steps.flatMap((step) => {
    const lines = stepLines(scenario, step, state);
    applyStateEffectsInPlace(optionOf(scenario, step), state);
    return lines;
  });
}

/** The lines of the last step of a route, in the state its earlier steps left. */
export function lastStepLines(scenario: Scenario, steps: readonly Step[]): ReceiptLine[] {
  const last = steps[steps.length - 1];
  return last ? stepLines(scenario, last, stateAfter(scenario, steps.slice(0, -1))) : [];
}

/** A playthrough from the start to an ending. */
export interface CompleteRoute {
  readonly steps: readonly Step[];
  readonly endingId: string;
}
