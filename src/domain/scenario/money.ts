/** Euros as authored (at most two decimals) to integer cents, or undefined if it has more decimals. */
export function eurosToCents(euros: number): number | undefined {
  const cents = Math.round(euros * 100);
  return Math.abs(cents - euros * 100) < 1e-6 && Number.isSafeInteger(cents) ? cents : undefined;
}
