import { differenceByPayer, type PayerDifference } from '../costs/receipt.ts';
import { systeemrouteLines } from '../costs/systeemroute.ts';
import { routeLines, type Step } from '../play/route.ts';
import type { Scenario } from '../scenario/model.ts';

/**
 * "Wie betaalt, wie bespaart": per payer, your route against the systeemroute. An investment by one payer
 * that saves another shows as one payer paying more and another saving (the "wrong pocket").
 */
export interface WrongPocket {
  readonly rows: readonly PayerDifference[];
  /** Payers who spend more on your route than on the systeemroute, largest first. */
  readonly payMore: readonly PayerDifference[];
  /** Payers who spend less, largest saving first. */
  readonly save: readonly PayerDifference[];
  /** Some payer pays more while another saves: the gain lands elsewhere than the cost. */
  readonly crossesPockets: boolean;
}

export function wrongPocket(scenario: Scenario, steps: readonly Step[]): WrongPocket {
  const rows = differenceByPayer(routeLines(scenario, steps), systeemrouteLines(scenario));
  const payMore = rows.filter((row) => row.savedCents < 0).sort((a, b) => a.savedCents - b.savedCents);
  const save = rows.filter((row) => row.savedCents > 0).sort((a, b) => b.savedCents - a.savedCents);
  return { rows, payMore, save, crossesPockets: payMore.length > 0 && save.length > 0 };
}
