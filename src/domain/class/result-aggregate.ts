import { scaleUp, type ScaledDifference } from '../debrief/scale-up.ts';
import { VALUE_KEYS, type Scenario, type ValueKey } from '../scenario/model.ts';
import { scoreRoute } from '../scoring/score.ts';
import { choiceIdOf, distribution, tallyIdsOf, type TallyShare } from './class-tally.ts';
import type { ImportedResult } from './result-file.ts';

/** Lowest, middle and highest of a group's numbers (the median of an even count is the mean of the middle two, rounded). */
export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export function spreadOf(numbers: readonly number[]): Spread {
  if (numbers.length === 0) throw new Error('spreadOf needs at least one number');
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]! };
}

export interface MomentChoices {
  readonly momentId: string;
  /** How many of the group reached this moment (routes branch: not everyone meets every moment). */
  readonly reached: number;
  /** Per choice (an argued option is one choice, whichever argument was picked), in the moment's order. */
  readonly options: readonly TallyShare[];
}

/** One casus's results of a group, side by side: computed from the casus itself, the files only say what was chosen. */
export interface ResultAggregate {
  readonly scenarioId: string;
  readonly count: number;
  /** Per moment in the casus's own order, only moments someone reached. */
  readonly moments: readonly MomentChoices[];
  readonly endings: readonly { readonly endingId: string; readonly count: number }[];
  readonly values: Readonly<Record<ValueKey | 'overall', Spread>>;
  readonly totalCents: Spread;
  readonly systeemCents: number;
  /** The group's median route against the systeemroute, for 1, 30 and 300 similar households. */
  readonly scaleUp: readonly ScaledDifference[];
  /** The group as played: what the systeemroute would have cost more (positive) for all of them together. */
  readonly groupSavedCents: number;
}

/** Aggregates results already checked against this casus (checkAgainstCasus); at least one. */
export function aggregateResults(scenario: Scenario, results: readonly ImportedResult[]): ResultAggregate {
  const scores = results.map((result) => scoreRoute(scenario, result.steps));
  const moments = Object.values(scenario.moments).flatMap((moment): MomentChoices[] => {
    const tally: Record<string, number> = {};
    let reached = 0;
    for (const result of results) {
      const step = result.steps.find((s) => s.momentId === moment.id);
      const option = step && moment.options.find((o) => o.id === step.optionId);
      if (!option) continue;
      reached += 1;
      // An argued option counts once, as the choice it is an argument for.
      const id = choiceIdOf(option);
      tally[id] = (tally[id] ?? 0) + 1;
    }
    return reached === 0 ? [] : [{ momentId: moment.id, reached, options: distribution(tally, tallyIdsOf(moment)) }];
  });
  const endings = Object.keys(scenario.endings)
    .map((endingId) => ({ endingId, count: results.filter((r) => r.endingId === endingId).length }))
    .filter((ending) => ending.count > 0);
  const values = Object.fromEntries([
    ...VALUE_KEYS.map((key) => [key, spreadOf(scores.map((s) => s.values[key]))]),
    ['overall', spreadOf(scores.map((s) => s.overall))],
  ]) as Record<ValueKey | 'overall', Spread>;
  const totalCents = spreadOf(scores.map((s) => s.routeCents));
  const systeemCents = scores[0]!.systeemCents;
  return {
    scenarioId: scenario.id,
    count: results.length,
    moments,
    endings,
    values,
    totalCents,
    systeemCents,
    scaleUp: scaleUp(totalCents.median, systeemCents),
    groupSavedCents: scores.reduce((sum, s) => sum + (s.systeemCents - s.routeCents), 0),
  };
}
