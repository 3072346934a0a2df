/**
 * One colour per meaning across the debrief, defined once: the charts, their legends, the data tables' keys and
 * the stage's waardendriehoek all read from here. Routes and payers use separate palettes, so a colour never
 * means a route in one chart and a payer in the next; a decision month is an ink mark with its own shape (a dashed
 * line under a diamond), not a third colour. Every colour keeps ≥ 3:1 against the chart background and stays
 * apart from its palette neighbours under the three dichromacies (test/unit/chart-palette.test.ts measures it).
 */

import type { ChartedRouteKind } from '../domain/play/route-kinds.ts';

/** The background the charts are drawn on (main.css `--white`). */
export const CHART_BACKGROUND = '#fffdf8';

/** Ink: text, axes and the decision marks (main.css `--ink`). */
export const CHART_INK = '#1f2a44';

/**
 * Routes, from the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"): bluish green, blue,
 * vermillion, reddish purple. Each route also has its own line pattern, so colour is never the only cue.
 */
export const ROUTE_COLOURS: Readonly<Record<ChartedRouteKind, string>> = {
  yours: '#009e73',
  best: '#0072b2',
  systeem: '#d55e00',
  cheapest: '#cc79a7',
};

/** Line patterns (canvas/SVG dash arrays, in CSS px): solid for yours, long dashes, short dots, dash-dot. */
export const ROUTE_DASHES: Readonly<Record<ChartedRouteKind, readonly number[]>> = {
  yours: [],
  best: [10, 5],
  systeem: [3, 4],
  cheapest: [12, 4, 3, 4],
};

/** Line widths (CSS px): your route is the heaviest line. */
export const ROUTE_WIDTHS: Readonly<Record<ChartedRouteKind, number>> = { yours: 3.5, best: 2.5, systeem: 2.5, cheapest: 2.5 };

/**
 * Payers, from Paul Tol's "muted" scheme (its members dark enough for 3:1; olive made a little deeper) — none of them a
 * route colour. A casus with more payers than colours repeats them; the legend's order and the table still tell
 * the bands apart.
 */
export const PAYER_COLOURS: readonly string[] = ['#332288', '#117733', '#882255', '#cc6677', '#aa4499', '#8b8b1f'];

export const payerColour = (index: number): string => PAYER_COLOURS[index % PAYER_COLOURS.length]!;

/** A decision month: a dashed ink line with a diamond on top. */
export const DECISION_MARK = { colour: CHART_INK, dash: [6, 4] as readonly number[], width: 1.5, diamond: 6 } as const;

/** `#rrggbb` as the number Phaser takes. */
export const colourNumber = (hex: string): number => parseInt(hex.slice(1), 16);
