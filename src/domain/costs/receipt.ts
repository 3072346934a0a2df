import type { CostItem, Frequency } from '../scenario/model.ts';

/** One printed line of the kassabon: amount × frequency × counted periods = subtotal, and who pays. */
export interface ReceiptLine {
  readonly momentId: string;
  readonly optionId: string;
  readonly cost: CostItem;
  /** Periods that fall within the casus horizon (a period counts if it starts inside it). */
  readonly countedPeriods: number;
  readonly truncated: boolean;
  readonly subtotalCents: number;
}

/** How many periods of `frequency` start within `monthsLeft` months (a week is 12/52 of a month). */
export function periodsLeft(frequency: Frequency, monthsLeft: number): number {
  switch (frequency) {
    case 'eenmalig':
      return monthsLeft > 0 ? 1 : 0;
    case 'per_week':
      return Math.ceil((monthsLeft * 52) / 12);
    case 'per_maand':
      return monthsLeft;
    case 'per_jaar':
      return Math.ceil(monthsLeft / 12);
  }
}

export function countedPeriods(cost: Pick<CostItem, 'frequency' | 'periods'>, startMonth: number, horizonMonths: number): number {
  return Math.min(cost.periods, periodsLeft(cost.frequency, Math.max(0, horizonMonths - startMonth)));
}

export function receiptLine(
  cost: CostItem,
  where: { momentId: string; optionId: string; month: number },
  horizonMonths: number,
): ReceiptLine {
  const counted = countedPeriods(cost, where.month, horizonMonths);
  return {
    momentId: where.momentId,
    optionId: where.optionId,
    cost,
    countedPeriods: counted,
    truncated: counted < cost.periods,
    subtotalCents: cost.amountCents * counted,
  };
}

/**
 * The one accounting rule, per cost kind: what one period of a cost adds to a pocket (1, 0 or −1 times its
 * amount). Kosten, uitkering and lening are the payer's cost; an aflossing moves money from the payer to `to`
 * (it leaves the total alone: the loan was booked when paid out); a kwijtschelding is printed and counts 0.
 */
export function pocketFactor(cost: Pick<CostItem, 'kind' | 'payer' | 'to'>, pocket: string): number {
  switch (cost.kind) {
    case 'kwijtschelding':
      return 0;
    case 'aflossing':
      return (cost.payer === pocket ? 1 : 0) - (cost.to === pocket ? 1 : 0);
    default:
      return cost.payer === pocket ? 1 : 0;
  }
}

/** What one period of a cost adds to the route total: 1 for a cost, 0 for an aflossing or a kwijtschelding. */
export function totalFactor(cost: Pick<CostItem, 'kind'>): number {
  return cost.kind === 'aflossing' || cost.kind === 'kwijtschelding' ? 0 : 1;
}

/** What a line adds to the route total. */
export const countedCents = (line: ReceiptLine): number => line.subtotalCents * totalFactor(line.cost);

export function totalCents(lines: readonly ReceiptLine[]): number {
  return lines.reduce((sum, line) => sum + countedCents(line), 0);
}

/** The pockets a line touches: its payer, and for an aflossing also the receiver. */
export const pocketsOf = (cost: Pick<CostItem, 'kind' | 'payer' | 'to'>): string[] =>
  cost.kind === 'aflossing' && cost.to ? [cost.payer, cost.to] : [cost.payer];

export function totalsByPayer(lines: readonly ReceiptLine[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of lines) {
    for (const pocket of pocketsOf(line.cost))
      totals.set(pocket, (totals.get(pocket) ?? 0) + line.subtotalCents * pocketFactor(line.cost, pocket));
  }
  return totals;
}

export interface PayerDifference {
  readonly payer: string;
  readonly routeCents: number;
  readonly systeemCents: number;
  /** Positive: this payer spends less on the chosen route than on the systeemroute. */
  readonly savedCents: number;
}

/** Per payer, what the chosen route costs against the systeemroute, payers in first-seen order. */
export function differenceByPayer(route: readonly ReceiptLine[], systeem: readonly ReceiptLine[]): PayerDifference[] {
  const routeTotals = totalsByPayer(route);
  const systeemTotals = totalsByPayer(systeem);
  const payers = [...new Set([...systeemTotals.keys(), ...routeTotals.keys()])];
  return payers.map((payer) => {
    const routeCents = routeTotals.get(payer) ?? 0;
    const systeemCents = systeemTotals.get(payer) ?? 0;
    return { payer, routeCents, systeemCents, savedCents: systeemCents - routeCents };
  });
}
