import { pocketFactor, pocketsOf, type ReceiptLine } from '../costs/receipt.ts';
import { systeemrouteLines } from '../costs/systeemroute.ts';
import { routeLines, type Step } from '../play/route.ts';
import type { Scenario } from '../scenario/model.ts';
import { cumulative, monthlyCents } from './cost-timeline.ts';

export interface PayerSeries {
  readonly payer: string;
  /** Cumulative cents paid by this payer, month by month. */
  readonly cumulative: readonly number[];
}

export interface DecisionMark {
  readonly month: number;
  readonly momentId: string;
}

/** Cost over time for the debrief chart and its data table: cumulative cents per month (index = month). */
export interface CostTimeline {
  readonly horizonMonths: number;
  readonly yours: readonly number[];
  readonly systeem: readonly number[];
  /** The best balanced route, when the casus could be ranked. */
  readonly best?: readonly number[];
  /** Your route split per payer (payers in first-seen order); stacked, they add up to `yours`. */
  readonly yoursByPayer: readonly PayerSeries[];
  /** The moments where you decided, at their month. */
  readonly decisions: readonly DecisionMark[];
}

function momentMonth(scenario: Scenario): (line: ReceiptLine) => number {
  return (line) => scenario.moments[line.momentId]?.month ?? 0;
}

export function routeCumulative(scenario: Scenario, steps: readonly Step[]): number[] {
  return cumulative(monthlyCents(routeLines(scenario, steps), momentMonth(scenario), scenario.horizonMonths));
}

export function systeemCumulative(scenario: Scenario): number[] {
  return cumulative(monthlyCents(systeemrouteLines(scenario), () => 0, scenario.horizonMonths));
}

export function costTimeline(scenario: Scenario, steps: readonly Step[], bestSteps?: readonly Step[]): CostTimeline {
  const lines = routeLines(scenario, steps);
  const payers = [...new Set(lines.flatMap((line) => pocketsOf(line.cost)))];
  return {
    horizonMonths: scenario.horizonMonths,
    yours: routeCumulative(scenario, steps),
    systeem: systeemCumulative(scenario),
    ...(bestSteps ? { best: routeCumulative(scenario, bestSteps) } : {}),
    yoursByPayer: payers.map((payer) => ({
      payer,
      cumulative: cumulative(monthlyCents(lines, momentMonth(scenario), scenario.horizonMonths, (line) => pocketFactor(line.cost, payer))),
    })),
    decisions: steps.map((step) => ({ month: scenario.moments[step.momentId]?.month ?? 0, momentId: step.momentId })),
  };
}
