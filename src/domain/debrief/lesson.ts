import type { PayerDifference } from '../costs/receipt.ts';
import type { ComparedRouteKind } from '../play/route-kinds.ts';
import type { ComparedRoute } from './route-comparison.ts';
import type { WrongPocket } from './wrong-pocket.ts';

/** One route on the debrief's first screen: what it costs over the horizon and (if played) its balansscore. */
export interface LessonRow {
  readonly kind: ComparedRouteKind;
  readonly totalCents: number;
  /** Balansscore; none for the systeemroute, which makes no choices to weigh. */
  readonly overall?: number;
  /** This row's route takes exactly your choices (so "= jouw route" can be said instead of a second bar). */
  readonly isYours: boolean;
  /** Cost as a share of the dearest row shown, 0–1: the length of its bar. */
  readonly share: number;
}

/** Who pays and who saves most on your route against the systeemroute, for one sentence. */
export interface LessonPockets {
  readonly payMost?: PayerDifference;
  readonly saveMost?: PayerDifference;
  /** Payers left unnamed in that sentence (they are in the full "Wie betaalt, wie bespaart" section). */
  readonly others: number;
}

/** The lesson at a glance: your route in euros beside the best balanced route and the systeemroute. */
export interface DebriefLesson {
  readonly rows: readonly LessonRow[];
  readonly pockets: LessonPockets;
}

const sameRoute = (a: ComparedRoute, b: ComparedRoute): boolean =>
  a.steps !== undefined &&
  b.steps !== undefined &&
  a.steps.length === b.steps.length &&
  a.steps.every((step, i) => step.momentId === b.steps![i]!.momentId && step.optionId === b.steps![i]!.optionId);

/**
 * The rows of the first screen: yours, the best balanced route, the systeemroute, and the always-cheapest
 * route only where it is neither yours nor the best (else it would say nothing new). The always-dearest
 * route stays in the full comparison.
 */
export function debriefLesson(routes: readonly ComparedRoute[], pocket: WrongPocket): DebriefLesson {
  const yours = routes.find((route) => route.kind === 'yours');
  const best = routes.find((route) => route.kind === 'best');
  const cheapest = routes.find((route) => route.kind === 'cheapest');
  const systeem = routes.find((route) => route.kind === 'systeem');
  const cheapestSaysMore = cheapest && yours && !sameRoute(cheapest, yours) && !(best && sameRoute(cheapest, best));
  const shown = [yours, best, cheapestSaysMore ? cheapest : undefined, systeem].filter(
    (route): route is ComparedRoute => route !== undefined,
  );
  const dearest = Math.max(0, ...shown.map((route) => route.totalCents));
  const rows = shown.map((route): LessonRow => ({
    kind: route.kind,
    totalCents: route.totalCents,
    ...(route.score ? { overall: route.score.overall } : {}),
    isYours: route.isYours,
    share: dearest > 0 ? Math.max(0, route.totalCents) / dearest : 0,
  }));
  const payMost = pocket.payMore[0];
  const saveMost = pocket.save[0];
  const named = (payMost ? 1 : 0) + (saveMost ? 1 : 0);
  const moving = pocket.payMore.length + pocket.save.length;
  return { rows, pockets: { ...(payMost ? { payMost } : {}), ...(saveMost ? { saveMost } : {}), others: moving - named } };
}
