/**
 * A count of routes for a Dutch reader. Counts easily pass what a number can hold exactly (2^53), so they
 * arrive as bigint: up to 15 digits written out in full ("1.073.741.824"), beyond that rounded down and
 * said as such ("meer dan 1,4 × 10^1505").
 */
export function formatCount(count: bigint): string {
  const digits = count.toString();
  if (digits.length <= 15) return digits.replace(/\B(?=(\d{3})+$)/g, '.');
  const exponent = digits.length - 1;
  const lead = `${digits[0]},${digits[1]}`;
  const exact = /^0*$/.test(digits.slice(2));
  return `${exact ? '' : 'meer dan '}${lead} × 10^${exponent}`;
}
