import { totalCents, type ReceiptLine } from '../costs/receipt.ts';
import { availableOptions, momentOf, stateAfter, stepLines, type Step } from '../play/route.ts';
import type { Moment, Option, Scenario } from '../scenario/model.ts';

export interface OptionNotTaken {
  readonly option: Option;
  /** Its kassabon at that moment, counted within the horizon. */
  readonly lines: readonly ReceiptLine[];
  readonly totalCents: number;
}

export interface WhatIfMoment {
  /** 1-based number of the decision on your route. */
  readonly decision: number;
  readonly moment: Moment;
  readonly taken: Option;
  readonly takenCents: number;
  /** The other options open to you at that moment (with the state your earlier choices had made). */
  readonly notTaken: readonly OptionNotTaken[];
}

/** "Wat als": per decision on your route, the options you did not take, with their kassabon and value effects. */
export function whatIf(scenario: Scenario, steps: readonly Step[]): WhatIfMoment[] {
  return steps.map((step, i) => {
    const state = stateAfter(scenario, steps.slice(0, i));
    const options = availableOptions(scenario, step.momentId, state);
    const taken = momentOf(scenario, step.momentId).options.find((o) => o.id === step.optionId)!;
    return {
      decision: i + 1,
      moment: momentOf(scenario, step.momentId),
      taken,
      takenCents: totalCents(stepLines(scenario, step, state)),
      notTaken: options
        .filter((o) => o.id !== step.optionId)
        .map((option) => {
          const lines = stepLines(scenario, { momentId: step.momentId, optionId: option.id }, state);
          return { option, lines, totalCents: totalCents(lines) };
        }),
    };
  });
}
