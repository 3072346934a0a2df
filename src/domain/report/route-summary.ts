import type { SummarisedRouteKind } from '../play/route-kinds.ts';
import type { ValueKey } from '../scenario/model.ts';

// What the route map says about a casus, as plain data: made by src/authoring/report/route-summary.ts, rendered
// as HTML by the report page and as DOM by the game's "Open een eigen casus" view (sent by the checking worker).

export interface SummaryRoute {
  readonly kind: SummarisedRouteKind;
  /** 1, 2, 3 for the best routes. */
  readonly rank?: number;
  readonly overall: number;
  readonly values: Readonly<Record<ValueKey, number>>;
  readonly costCents: number;
  readonly endingId: string;
  readonly choices: readonly string[];
}

export interface SummaryEnding {
  readonly id: string;
  readonly title: string;
  /** Formatted: a count can exceed what a number holds. */
  readonly routes: string;
  readonly minCents: number;
  readonly maxCents: number;
  /** Absent when there were too many routes to score one by one. */
  readonly score?: { readonly min: number; readonly max: number };
}

export interface SummaryOption {
  readonly id: string;
  readonly label: string;
  /** "moment: id" or "einde: id". */
  readonly to: string;
  /** The condition in words, empty when there is none. */
  readonly requires: string;
}

/** Dutch where the text is the casus's. */
export interface RouteSummary {
  readonly title: string;
  readonly moments: number;
  readonly endings: number;
  readonly horizonMonths: number;
  readonly systeemCents: number;
  /** Absent when the story has too many states to rank (SC043). */
  readonly ranking?: { readonly total: string; readonly sampledFrom?: string; readonly routes: readonly SummaryRoute[] };
  readonly perEnding: readonly SummaryEnding[];
  /** Absent when there were more than SCORED_ROUTES routes. */
  readonly ranges?: readonly { readonly key: ValueKey; readonly min: number; readonly max: number }[];
  /** The story in words: every moment with its options and where each leads (the map's text alternative). */
  readonly story: readonly {
    readonly id: string;
    readonly title: string;
    readonly month: number;
    readonly options: readonly SummaryOption[];
  }[];
  /** What the game counted for every `until:`, in words. */
  readonly counted: readonly string[];
}
