/** How many similar households the debrief scales a difference to (seed 003: "30 casussen … 300 casussen"). */
export const SCALE_UP_HOUSEHOLDS = [1, 30, 300] as const;

export interface ScaledDifference {
  readonly households: number;
  /** Positive: the systeemroute costs this much more than your route for this many households. */
  readonly savedCents: number;
}

/** Your route's difference with the systeemroute, times 1, 30 and 300 households (a naive multiplication: households differ). */
export function scaleUp(routeCents: number, systeemCents: number): ScaledDifference[] {
  return SCALE_UP_HOUSEHOLDS.map((households) => ({ households, savedCents: (systeemCents - routeCents) * households }));
}
