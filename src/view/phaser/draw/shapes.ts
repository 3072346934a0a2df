import type * as Phaser from 'phaser';
import { palette } from '../palette.ts';

type Radius = Phaser.Types.GameObjects.Graphics.RoundedRectRadius | number;

export interface ShadowOptions {
  dx?: number;
  dy?: number;
  alpha?: number;
}

/** Flat-illustration shadow: the same shape, offset and darker, at low alpha. */
export function roundedRectWithShadow(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  w: number,
  h: number,
  radius: Radius,
  color: number,
  { dx = 0, dy = 6, alpha = 0.12 }: ShadowOptions = {},
): void {
  g.fillStyle(palette.shadow, alpha);
  g.fillRoundedRect(x + dx, y + dy, w, h, radius);
  g.fillStyle(color, 1);
  g.fillRoundedRect(x, y, w, h, radius);
}

/** A soft contact shadow on the floor: two stacked ellipses read softer than one. */
export function groundShadow(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number, alpha = 0.14): void {
  g.fillStyle(palette.shadow, alpha * 0.5);
  g.fillEllipse(x, y, w * 1.25, h * 1.4);
  g.fillStyle(palette.shadow, alpha);
  g.fillEllipse(x, y, w, h);
}

/** Zigzag (torn receipt) edge points from left to right along `y`, teeth pointing down. */
export function zigzagPoints(left: number, right: number, y: number, tooth: number): { x: number; y: number }[] {
  const count = Math.max(2, Math.round((right - left) / tooth));
  const step = (right - left) / count;
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i <= count; i++) {
    points.push({ x: left + i * step, y });
    if (i < count) points.push({ x: left + (i + 0.5) * step, y: y + step * 0.6 });
  }
  return points;
}

/** Fills a simple polygon given plain points (Graphics.fillPoints wants Vector2-like objects). */
export function fillPolygon(g: Phaser.GameObjects.Graphics, points: readonly { x: number; y: number }[]): void {
  g.fillPoints(points as Phaser.Math.Vector2[], true);
}

export function strokePolygon(g: Phaser.GameObjects.Graphics, points: readonly { x: number; y: number }[]): void {
  g.strokePoints(points as Phaser.Math.Vector2[], true, true);
}

/** Dashed horizontal line. */
export function dashedLine(g: Phaser.GameObjects.Graphics, x1: number, x2: number, y: number, dash = 6, gap = 4): void {
  for (let x = x1; x < x2; x += dash + gap) g.lineBetween(x, y, Math.min(x + dash, x2), y);
}
