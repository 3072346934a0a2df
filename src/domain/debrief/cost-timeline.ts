import { totalFactor, type ReceiptLine } from '../costs/receipt.ts';
import type { Frequency } from '../scenario/model.ts';

/** The month (0-based, from the start of the casus) in which period `k` of a cost booked at `startMonth` begins. */
export function periodStartMonth(frequency: Frequency, startMonth: number, k: number): number {
  switch (frequency) {
    case 'eenmalig':
      return startMonth;
    case 'per_week':
      return startMonth + Math.floor((k * 12) / 52);
    case 'per_maand':
      return startMonth + k;
    case 'per_jaar':
      return startMonth + 12 * k;
  }
}

/**
 * Cents booked per month over the horizon (index = month), the kassabon's own arithmetic spread out in time:
 * each counted period is paid in the month it starts. The months add up to the receipt total exactly.
 */
export function monthlyCents(
  lines: readonly ReceiptLine[],
  startMonthOf: (line: ReceiptLine) => number,
  horizonMonths: number,
  factorOf: (line: ReceiptLine) => number = (line) => totalFactor(line.cost),
): number[] {
  const months = new Array<number>(horizonMonths).fill(0);
  for (const line of lines) {
    const factor = factorOf(line);
    if (factor === 0) continue;
    const start = startMonthOf(line);
    for (let k = 0; k < line.countedPeriods; k++) {
      const month = periodStartMonth(line.cost.frequency, start, k);
      if (month >= 0 && month < horizonMonths) months[month]! += line.cost.amountCents * factor;
    }
  }
  return months;
}

/** Running sums: index m holds everything booked in months 0…m. */
export function cumulative(months: readonly number[]): number[] {
  let sum = 0;
  return months.map((cents) => (sum += cents));
}
