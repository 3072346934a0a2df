/**
 * One trainee's choice at one moment, as plain data: from xAPI statements (the live class view), from result
 * files or from a tally. `at` orders a trainee's choices (an ISO timestamp, or any string that sorts in time).
 */
export interface ChoiceRecord {
  readonly trainee: string;
  readonly momentId: string;
  readonly optionId: string;
  readonly at: string;
}

/** Per moment, how many trainees chose each option; a moment nobody reached is absent. */
export type ChoiceDistribution = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * Counts choices per moment, each trainee once per moment: a trainee who played again (or went back with "speel
 * vanaf hier opnieuw") counts with the latest choice there, so the numbers for a moment add up to the trainees
 * who reached it.
 */
export function choiceDistribution(records: readonly ChoiceRecord[]): ChoiceDistribution {
  const latest = new Map<string, ChoiceRecord>();
  for (const record of records) {
    const key = `${record.momentId}\u0000${record.trainee}`;
    const kept = latest.get(key);
    if (!kept || kept.at <= record.at) latest.set(key, record);
  }
  const moments = new Map<string, Map<string, number>>();
  for (const { momentId, optionId } of latest.values()) {
    const options = moments.get(momentId) ?? new Map<string, number>();
    options.set(optionId, (options.get(optionId) ?? 0) + 1);
    moments.set(momentId, options);
  }
  return moments;
}

/** How many trainees a moment's distribution holds. */
export function traineesAt(distribution: ChoiceDistribution, momentId: string): number {
  let total = 0;
  for (const count of distribution.get(momentId)?.values() ?? []) total += count;
  return total;
}

/** A whole percentage of `part` in `whole` (0 when there is no whole), rounded as people read it. */
export function percentage(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
