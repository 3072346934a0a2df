import type { Scenario } from '../scenario/model.ts';
import { receiptLine, type ReceiptLine } from './receipt.ts';

export function systeemrouteLines(scenario: Scenario): ReceiptLine[] {
  return scenario.systeemroute.costs.map((cost, index) =>
    receiptLine(cost, { momentId: 'systeemroute', optionId: String(index), month: 0 }, scenario.horizonMonths),
  );
}
