import { describe, expect, it } from 'vitest';
import { countedPeriods, differenceByPayer, receiptLine, totalCents, totalsByPayer } from '../../src/domain/costs/receipt.ts';
import type { CostItem } from '../../src/domain/scenario/model.ts';
import { eurosToCents } from '../../src/domain/scenario/money.ts';

const cost = (partial: Partial<CostItem>): CostItem => ({
  item: { nl: 'Post' },
  amountCents: 10_000,
  frequency: 'per_maand',
  periods: 6,
  payer: 'gemeente',
  ...partial,
});
const at = { momentId: 'm', optionId: 'o', month: 0 };

describe('money', () => {
  it('converts euros with up to two decimals to exact cents', () => {
    expect(eurosToCents(4600)).toBe(460_000);
    expect(eurosToCents(0.1)).toBe(10);
    expect(eurosToCents(1250.5)).toBe(125_050);
    expect(eurosToCents(19.99)).toBe(1999);
    expect(eurosToCents(1250.505)).toBeUndefined();
  });

  it('keeps totals exact where floating point would drift', () => {
    const lines = Array.from({ length: 10 }, () => receiptLine(cost({ amountCents: 10, frequency: 'eenmalig', periods: 1 }), at, 12));
    expect(totalCents(lines)).toBe(100); // 10 × € 0,10 is exactly € 1,00
  });
});

describe('receipt lines', () => {
  it('multiplies amount by counted periods', () => {
    expect(receiptLine(cost({ amountCents: 460_000, periods: 24 }), at, 24).subtotalCents).toBe(11_040_000);
  });

  it('counts one-off costs once, and not after the horizon', () => {
    expect(countedPeriods(cost({ frequency: 'eenmalig', periods: 1 }), 5, 24)).toBe(1);
    expect(countedPeriods(cost({ frequency: 'eenmalig', periods: 1 }), 24, 24)).toBe(0);
  });

  it('truncates recurring costs at the horizon and says so', () => {
    const line = receiptLine(cost({ periods: 24 }), { ...at, month: 18 }, 24);
    expect(line.countedPeriods).toBe(6);
    expect(line.truncated).toBe(true);
    expect(line.subtotalCents).toBe(60_000);
  });

  it('counts weeks and years that start inside the horizon', () => {
    expect(countedPeriods(cost({ frequency: 'per_week', periods: 200 }), 0, 12)).toBe(52);
    expect(countedPeriods(cost({ frequency: 'per_week', periods: 200 }), 0, 1)).toBe(5);
    expect(countedPeriods(cost({ frequency: 'per_jaar', periods: 5 }), 6, 24)).toBe(2);
  });

  it('adds up per payer and compares with the systeemroute', () => {
    const route = [
      receiptLine(cost({ payer: 'rijk', amountCents: 100_000, periods: 12 }), at, 12),
      receiptLine(cost({ payer: 'gemeente', amountCents: 30_000, periods: 12 }), at, 12),
    ];
    const systeem = [receiptLine(cost({ payer: 'gemeente', amountCents: 460_000, periods: 12 }), at, 12)];
    expect(totalsByPayer(route)).toEqual(
      new Map([
        ['rijk', 1_200_000],
        ['gemeente', 360_000],
      ]),
    );
    expect(differenceByPayer(route, systeem)).toEqual([
      { payer: 'gemeente', routeCents: 360_000, systeemCents: 5_520_000, savedCents: 5_160_000 },
      { payer: 'rijk', routeCents: 1_200_000, systeemCents: 0, savedCents: -1_200_000 },
    ]);
  });
});
