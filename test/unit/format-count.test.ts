import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/authoring/analyse/format-count.ts';

describe('route counts for a Dutch reader', () => {
  it('writes counts up to 15 digits in full, with thousands points', () => {
    expect(formatCount(0n)).toBe('0');
    expect(formatCount(144n)).toBe('144');
    expect(formatCount(100_000n)).toBe('100.000');
    expect(formatCount(2n ** 30n)).toBe('1.073.741.824');
    expect(formatCount(999_999_999_999_999n)).toBe('999.999.999.999.999');
  });

  it('rounds larger counts down and says "meer dan", unless the rounding is exact', () => {
    expect(formatCount(2n ** 5000n)).toBe('meer dan 1,4 × 10^1505');
    expect(formatCount(10n ** 20n)).toBe('1,0 × 10^20');
    expect(formatCount(10n ** 20n + 1n)).toBe('meer dan 1,0 × 10^20');
  });
});
