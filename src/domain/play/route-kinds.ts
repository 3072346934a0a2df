/**
 * The named routes, one word each, everywhere (README "Naming"): the player's own (`yours`), the one the scoring
 * rates highest (`best`) and lowest (`worst`), always the cheapest option (`cheapest`), always the dearest option
 * (`dearest`), and the systeemroute (`systeem`, the procedure without a social worker's judgement).
 */
export const ROUTE_KINDS = ['yours', 'best', 'cheapest', 'systeem', 'dearest', 'worst'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

/** The routes the debrief sets beside the player's, in the debrief's order. */
export const COMPARED_ROUTES = ['yours', 'best', 'cheapest', 'systeem', 'dearest'] as const satisfies readonly RouteKind[];
export type ComparedRouteKind = (typeof COMPARED_ROUTES)[number];

/** The routes the route map and the scenario report summarise. */
export const SUMMARISED_ROUTES = ['best', 'cheapest', 'dearest', 'worst'] as const satisfies readonly RouteKind[];
export type SummarisedRouteKind = (typeof SUMMARISED_ROUTES)[number];

/** The routes the debrief's cost chart draws. */
export const CHARTED_ROUTES = ['yours', 'best', 'systeem', 'cheapest'] as const satisfies readonly RouteKind[];
export type ChartedRouteKind = (typeof CHARTED_ROUTES)[number];

/** The routes a greedy walk takes: at every moment the cheapest or the dearest available option. */
export const GREEDY_ROUTES = ['cheapest', 'dearest'] as const satisfies readonly RouteKind[];
export type GreedyRouteKind = (typeof GREEDY_ROUTES)[number];
