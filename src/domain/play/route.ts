import { receiptLine, type ReceiptLine } from '../costs/receipt.ts';
import type { GameState, Moment, Option, Scenario, StateValue } from '../scenario/model.ts';
import { applyStateEffectsInPlace, isAvailable } from './conditions.ts';

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

export function stepLines(scenario: Scenario, step: Step): ReceiptLine[] {
  const moment = momentOf(scenario, step.momentId);
  return optionOf(scenario, step).costs.map((cost) =>
    receiptLine(cost, { momentId: step.momentId, optionId: step.optionId, month: moment.month }, scenario.horizonMonths),
  );
}

export function routeLines(scenario: Scenario, steps: readonly Step[]): ReceiptLine[] {
  return steps.flatMap((step) => stepLines(scenario, step));
}

/** A playthrough from the start to an ending. */
export interface CompleteRoute {
  readonly steps: readonly Step[];
  readonly endingId: string;
}
