import { periodsLeft } from '../../domain/costs/receipt.ts';
import type { Frequency, Until } from '../../domain/scenario/model.ts';
import { pick } from '../../domain/scenario/text.ts';
import { report } from '../diagnostics/registry.ts';
import { mapOptionCosts } from './option-costs.ts';
import type { CostItemSource, ScenarioSource } from '../schema/schema.ts';
import type { PathSegment } from '../parse/yaml-locate.ts';
import type { Draft, Locator } from '../parse/draft.ts';

/** A period count the game made for `until:`, for the checker to show (--routes, the route map). */
export interface CountedDuration {
  readonly line: number;
  /** Absent for the systeemroute. */
  readonly momentId?: string;
  readonly optionId?: string;
  readonly item: string;
  readonly until: Until;
  /** The moment 'until: volgend_moment' counted to; absent when it counted to the horizon. */
  readonly nextMoment?: string;
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly frequency: Frequency;
  readonly periods: number;
}

/** The unit a message counts periods in, singular and plural. */
export const PERIOD_UNITS: Record<Frequency, readonly [string, string]> = {
  eenmalig: ['keer', 'keer'],
  per_week: ['week', 'weken'],
  per_maand: ['maand', 'maanden'],
  per_jaar: ['jaar', 'jaren'],
};

const plural = (n: number, frequency: Frequency) => `${n} ${PERIOD_UNITS[frequency][n === 1 ? 0 : 1]}`;

interface Place {
  readonly month: number;
  readonly momentId?: string;
  readonly optionId?: string;
  /** The moment the option leads to, when it leads to one that exists. */
  readonly next?: { readonly id: string; readonly month: number };
  /** The option ends the casus (or this is the systeemroute's own count to the horizon). */
  readonly ends: boolean;
}

/**
 * Turns every `until:` into the `duration` it means, so the checks and the compiler after this see ordinary
 * cost items, and warns where a hand-written monthly duration is one off from the count `until` would make
 * (the trap of counting "maand 3 tot 24" by hand). Misuse of `until` is a located error.
 */
export function resolveDurations(
  source: ScenarioSource,
  where: Locator,
): { resolved: ScenarioSource; drafts: Draft[]; counted: CountedDuration[] } {
  const drafts: Draft[] = [];
  const counted: CountedDuration[] = [];
  const horizon = source.horizon_months;
  const resolve = (cost: CostItemSource, path: PathSegment[], place: Place): CostItemSource => {
    const { until, ...rest } = cost;
    if (until === undefined) {
      offByOne(cost, path, place);
      return cost;
    }
    const at = where(path, 'until');
    if (cost.frequency === 'eenmalig') {
      drafts.push({ ...at, ...report('SC023', 'untilOnce') });
      return rest;
    }
    if (cost.duration !== undefined) {
      drafts.push({ ...at, ...report('SC023', 'untilAndDuration', { duration: cost.duration, until }) });
      return rest;
    }
    if (until === 'volgend_moment' && place.momentId === undefined) {
      drafts.push({ ...at, ...report('SC023', 'untilNextInSysteemroute') });
      return { ...rest, duration: 1 };
    }
    const toNext = until === 'volgend_moment' && !place.ends;
    if (toNext && !place.next) return { ...rest, duration: 1 }; // an unknown or missing next: SC010 or SC012 says so
    const toMonth = toNext ? place.next!.month : horizon;
    const periods = periodsLeft(cost.frequency, toMonth - place.month);
    if (periods <= 0) {
      // A moment at or past the horizon is SC025's message; a next moment in the same month is this one's.
      if (toNext) drafts.push({ ...at, ...report('SC023', 'untilNoTime', { next: place.next!.id, month: place.month }) });
      return { ...rest, duration: 1 };
    }
    counted.push({
      line: at.line,
      ...(place.momentId !== undefined ? { momentId: place.momentId } : {}),
      ...(place.optionId !== undefined ? { optionId: place.optionId } : {}),
      item: pick(typeof cost.item === 'string' ? { nl: cost.item } : cost.item, 'nl'),
      until,
      ...(toNext ? { nextMoment: place.next!.id } : {}),
      fromMonth: place.month,
      toMonth,
      frequency: cost.frequency,
      periods,
    });
    return { ...rest, duration: periods };
  };
  const offByOne = (cost: CostItemSource, path: PathSegment[], place: Place) => {
    // The systeemroute's costs often start later than month 0 ("bijstand vanaf maand 1"): no obvious count there.
    if (cost.frequency !== 'per_maand' || cost.duration === undefined || place.momentId === undefined) return;
    const counts = [
      ...(place.next && !place.ends
        ? [{ to: place.next.month, label: `het volgende moment '${place.next.id}'`, until: 'volgend_moment' }]
        : []),
      { to: horizon, label: 'de horizon', until: 'einde' },
    ].map((c) => ({ ...c, months: c.to - place.month }));
    if (counts.some((c) => c.months === cost.duration)) return;
    const near = counts.find((c) => c.months > 0 && Math.abs(c.months - cost.duration!) === 1);
    if (!near) return;
    const params = {
      duration: cost.duration,
      more: cost.duration > near.months ? 'meer' : 'minder',
      target: near.label,
      from: place.month,
      to: near.to,
      months: near.months,
      until: near.until,
    };
    drafts.push({ ...where([...path, 'duration']), ...report('SC019', 'offByOne', params) });
  };
  const moments = Object.fromEntries(
    Object.entries(source.moments).map(([momentId, moment]) => [
      momentId,
      {
        ...moment,
        options: moment.options.map((option, o) => {
          const placeOf = (target: typeof option): Place => {
            const next =
              target.next !== undefined && Object.hasOwn(source.moments, target.next)
                ? { id: target.next, month: source.moments[target.next]!.month }
                : undefined;
            return { month: moment.month, momentId, optionId: option.id, ends: target.ending !== undefined, ...(next ? { next } : {}) };
          };
          const own = placeOf(option);
          // An argument's costs come on top of what then holds: a refused one's, of the option named under 'instead'.
          const argumentPlace = (a: number): Place => {
            const argument = option.argue?.arguments[a];
            const instead =
              argument?.verdict === 'afgewezen' ? moment.options.find((sibling) => sibling.id === argument.instead) : undefined;
            return instead ? placeOf(instead) : own;
          };
          return mapOptionCosts<typeof option, CostItemSource, CostItemSource>(option, ['moments', momentId, 'options', o], (cost, path) =>
            resolve(cost, path, path[4] === 'argue' && typeof path[6] === 'number' ? argumentPlace(path[6]) : own),
          );
        }),
      },
    ]),
  );
  const systeemroute = {
    ...source.systeemroute,
    costs: source.systeemroute.costs.map((cost, c) => resolve(cost, ['systeemroute', 'costs', c], { month: 0, ends: true })),
  };
  return { resolved: { ...source, moments, systeemroute } as ScenarioSource, drafts, counted };
}

export const describeCount = (c: CountedDuration): string =>
  `${c.until === 'volgend_moment' && c.nextMoment ? `tot het volgende moment '${c.nextMoment}'` : 'tot de horizon'}: maand ${c.fromMonth} tot ${c.toMonth} = ${plural(c.periods, c.frequency)}`;
