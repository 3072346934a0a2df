/** An amount rounded to whole cents, as a trainer would write it: 12.505 → "12.51", 0.005 → "0.01". */
export function roundedEuros(amount: number): string {
  // toPrecision first: 12.505 * 100 is 1250.4999… in binary, and should round up as written.
  const cents = Math.round(Number((amount * 100).toPrecision(12)));
  return (cents / 100).toFixed(2).replace(/\.00$/, '');
}
