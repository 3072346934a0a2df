import type * as Phaser from 'phaser';
import type { StageScore } from '../../stage-state.ts';
import { colourNumber, ROUTE_COLOURS, ROUTE_DASHES } from '../../../palette/chart-palette.ts';
import { palette } from '../palette.ts';
import { mix } from './color.ts';
import { fillPolygon, strokePolygon } from './shapes.ts';

export type ValueKey = StageScore['key'];
export interface Point {
  x: number;
  y: number;
}

/** Corner order of the waardendriehoek: legitimiteit on top, betrokkenheid left, rendement right. */
export const CORNER_ORDER: readonly ValueKey[] = ['legitimiteit', 'betrokkenheid', 'rendement'];

export const VALUE_COLORS: Record<ValueKey, number> = {
  legitimiteit: palette.legitimiteit,
  betrokkenheid: palette.betrokkenheid,
  rendement: palette.rendement,
};

export function triangleCorners(centre: Point, radius: number): Record<ValueKey, Point> {
  const at = (degrees: number): Point => {
    const a = (degrees * Math.PI) / 180;
    return { x: centre.x + Math.cos(a) * radius, y: centre.y + Math.sin(a) * radius };
  };
  return { legitimiteit: at(-90), betrokkenheid: at(150), rendement: at(30) };
}

function towards(centre: Point, corner: Point, fraction: number): Point {
  return { x: centre.x + (corner.x - centre.x) * fraction, y: centre.y + (corner.y - centre.y) * fraction };
}

/**
 * How far from the centre a score sits, as a fraction of the radius: 0 starts just outside the balance
 * badge, so no score, however low, hides behind it.
 */
export function scoreReach(score: number, radius: number): number {
  const inner = Math.min(0.9, (BADGE_RADIUS + 14) / radius);
  return inner + (1 - inner) * (Math.max(0, Math.min(100, score)) / 100);
}

/** Backdrop, the 25/50/75/100 guide triangles and the axes. Drawn once. */
export function drawTriangleGuides(g: Phaser.GameObjects.Graphics, centre: Point, radius: number): void {
  g.clear();
  const corners = triangleCorners(centre, radius);
  const outer = CORNER_ORDER.map((k) => corners[k]);

  g.fillStyle(palette.sand, 0.55);
  g.fillCircle(centre.x, centre.y + 4, radius * 1.15);
  g.fillStyle(palette.shadow, 0.08);
  fillPolygon(
    g,
    outer.map((p) => ({ x: p.x + 4, y: p.y + 7 })),
  );
  g.fillStyle(palette.white, 1);
  fillPolygon(g, outer);

  for (const score of [0, 25, 50, 75]) {
    g.lineStyle(1.5, palette.ink, 0.13);
    strokePolygon(
      g,
      CORNER_ORDER.map((k) => towards(centre, corners[k], scoreReach(score, radius))),
    );
  }
  for (const key of CORNER_ORDER) {
    const corner = corners[key];
    g.lineStyle(2, mix(VALUE_COLORS[key], palette.white, 0.45), 1);
    g.lineBetween(centre.x, centre.y, corner.x, corner.y);
  }
  g.lineStyle(2, palette.ink, 0.55);
  strokePolygon(g, outer);
  for (const key of CORNER_ORDER) {
    const corner = corners[key];
    g.fillStyle(palette.white, 1);
    g.fillCircle(corner.x, corner.y, 9);
    g.fillStyle(VALUE_COLORS[key], 1);
    g.fillCircle(corner.x, corner.y, 6);
  }
}

/** The player's profile: each corner at `score`% of the way from the centre. */
export function drawProfile(g: Phaser.GameObjects.Graphics, centre: Point, radius: number, scores: Record<ValueKey, number>): void {
  g.clear();
  const corners = triangleCorners(centre, radius);
  const points = CORNER_ORDER.map((k) => towards(centre, corners[k], scoreReach(scores[k], radius)));
  // Your route's colour, as in the debrief's cost chart.
  g.fillStyle(colourNumber(ROUTE_COLOURS.yours), 0.35);
  fillPolygon(g, points);
  g.lineStyle(2.5, palette.ink, 0.9);
  strokePolygon(g, points);
  CORNER_ORDER.forEach((key, i) => {
    const p = points[i];
    if (!p) return;
    g.fillStyle(palette.white, 1);
    g.fillCircle(p.x, p.y, 7);
    g.fillStyle(VALUE_COLORS[key], 1);
    g.fillCircle(p.x, p.y, 4.5);
  });
}

/** A dashed line from `a` to `b`: dashes of `dash` px with `gap` px between. */
function dashedSegment(g: Phaser.GameObjects.Graphics, a: Point, b: Point, dash = 9, gap = 6): void {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length === 0) return;
  const ux = (b.x - a.x) / length;
  const uy = (b.y - a.y) / length;
  for (let d = 0; d < length; d += dash + gap) {
    const end = Math.min(d + dash, length);
    g.lineBetween(a.x + ux * d, a.y + uy * d, a.x + ux * end, a.y + uy * end);
  }
}

/** The systeemroute's colour and pattern as in the cost chart (its short dashes, at twice their size on the stage). */
const SYSTEEM_STROKE = colourNumber(ROUTE_COLOURS.systeem);
const [SYSTEEM_DASH, SYSTEEM_GAP] = ROUTE_DASHES.systeem.map((d) => d * 2) as [number, number];

/** The systeemroute's scores as a dashed outline, a reference to read the player's profile against. */
export function drawReference(g: Phaser.GameObjects.Graphics, centre: Point, radius: number, scores: Record<ValueKey, number>): Point[] {
  g.clear();
  const corners = triangleCorners(centre, radius);
  const points = CORNER_ORDER.map((k) => towards(centre, corners[k], scoreReach(scores[k], radius)));
  g.lineStyle(3.5, SYSTEEM_STROKE, 1);
  points.forEach((p, i) => {
    const q = points[(i + 1) % points.length];
    if (q) dashedSegment(g, p, q, SYSTEEM_DASH, SYSTEEM_GAP);
  });
  return points;
}

/** The legend for the reference outline: a short dashed line, with its name set beside it by the scene. */
export function drawReferenceKey(g: Phaser.GameObjects.Graphics, at: Point, width = 34): void {
  g.clear();
  g.lineStyle(3.5, SYSTEEM_STROKE, 1);
  dashedSegment(g, at, { x: at.x + width, y: at.y }, SYSTEEM_DASH, SYSTEEM_GAP);
}

/** The balance badge: a disc with a ring in the tone's colour, filled to `overall`%. */
export const BADGE_RADIUS = 56;

export function drawBalanceBadge(g: Phaser.GameObjects.Graphics, centre: Point, overall: number, tone: number): void {
  g.clear();
  const r = BADGE_RADIUS;
  g.fillStyle(palette.shadow, 0.14);
  g.fillCircle(centre.x + 3, centre.y + 5, r + 6);
  g.fillStyle(palette.paper, 1);
  g.fillCircle(centre.x, centre.y, r + 6);
  g.lineStyle(8, tone, 0.22);
  g.strokeCircle(centre.x, centre.y, r);
  const sweep = (Math.max(0, Math.min(100, overall)) / 100) * Math.PI * 2;
  if (sweep > 0.01) {
    g.lineStyle(8, tone, 1);
    g.beginPath();
    g.arc(centre.x, centre.y, r, -Math.PI / 2, -Math.PI / 2 + sweep, false);
    g.strokePath();
  }
}
