import type { ReceiptLine } from '../costs/receipt.ts';
import { systeemrouteLines } from '../costs/systeemroute.ts';
import { cumulative, monthlyCents } from '../debrief/cost-timeline.ts';
import type { Scenario } from '../scenario/model.ts';
import type { Step } from './route.ts';

/**
 * What is at stake while playing, as money spent up to a month: the player's route so far beside the systeemroute
 * up to the same month. Both use the debrief chart's arithmetic (each counted period paid in the month it starts),
 * so what the player saw during play is a point on the lines the debrief draws. No option's cost is in it before
 * that option is chosen, and nothing in it says which route would be best.
 */
export interface Stakes {
  /** The month both figures run up to, inclusive (0-based, as the moment's "Maand" shows it). */
  readonly month: number;
  /** Booked in months 0…month by the printed lines of the route so far. */
  readonly routeCents: number;
  /** Booked in months 0…month by the systeemroute (whose costs start at month 0). */
  readonly systeemCents: number;
}

/** Everything booked in months 0…`month` of a cumulative series; before month 0 nothing, after the horizon everything. */
function upTo(series: readonly number[], month: number): number {
  if (series.length === 0 || month < 0) return 0;
  return series[Math.min(Math.floor(month), series.length - 1)]!;
}

/** The systeemroute's cost booked in months 0…`month`. */
export function systeemCentsUpTo(scenario: Scenario, month: number): number {
  return upTo(cumulative(monthlyCents(systeemrouteLines(scenario), () => 0, scenario.horizonMonths)), month);
}

/** The cost of these (printed) route lines booked in months 0…`month`, each line starting at its moment's month. */
export function routeCentsUpTo(scenario: Scenario, lines: readonly ReceiptLine[], month: number): number {
  const start = (line: ReceiptLine) => scenario.moments[line.momentId]?.month ?? 0;
  return upTo(cumulative(monthlyCents(lines, start, scenario.horizonMonths)), month);
}

export function stakesAt(scenario: Scenario, lines: readonly ReceiptLine[], month: number): Stakes {
  return { month, routeCents: routeCentsUpTo(scenario, lines, month), systeemCents: systeemCentsUpTo(scenario, month) };
}

/** What a session screen shows: the moment it is at (the one just decided while its kassabon prints) and its lines. */
export interface PlayPosition {
  readonly moment: { readonly month: number };
  readonly lastStep?: { readonly step: Step };
  readonly lines: readonly ReceiptLine[];
}

/** The stakes at the month the screen stands at: the decided moment's after a choice, else the moment on screen. */
export function stakesNow(scenario: Scenario, position: PlayPosition): Stakes {
  const decided = position.lastStep ? scenario.moments[position.lastStep.step.momentId] : undefined;
  return stakesAt(scenario, position.lines, decided?.month ?? position.moment.month);
}
