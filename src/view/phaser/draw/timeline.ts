import type * as Phaser from 'phaser';
import { palette } from '../palette.ts';
import { darken } from './color.ts';

export interface TimelineGeometry {
  x1: number;
  x2: number;
  y: number;
}

export function timelineX(geo: TimelineGeometry, progress: number): number {
  return geo.x1 + (geo.x2 - geo.x1) * Math.max(0, Math.min(1, progress));
}

/** The static track with quarter ticks. */
export function drawTimelineTrack(g: Phaser.GameObjects.Graphics, geo: TimelineGeometry): void {
  g.clear();
  g.fillStyle(darken(palette.sand, 0.06), 1);
  g.fillRoundedRect(geo.x1 - 3, geo.y - 3, geo.x2 - geo.x1 + 6, 6, 3);
  g.fillStyle(darken(palette.sand, 0.25), 1);
  for (let i = 0; i <= 4; i++) g.fillCircle(timelineX(geo, i / 4), geo.y, i === 0 || i === 4 ? 4 : 3);
}

/**
 * The travelled part, the marker, and a tag above it sized for a label of `labelWidth` px.
 * Returns where the label's centre should go.
 */
export function drawTimelineMarker(
  g: Phaser.GameObjects.Graphics,
  geo: TimelineGeometry,
  progress: number,
  labelWidth: number,
): { x: number; y: number } {
  g.clear();
  const x = timelineX(geo, progress);
  g.fillStyle(palette.teal, 1);
  if (x > geo.x1) g.fillRoundedRect(geo.x1 - 3, geo.y - 3, x - geo.x1 + 3, 6, 3);
  g.fillStyle(palette.shadow, 0.15);
  g.fillCircle(x + 1, geo.y + 2, 9);
  g.fillStyle(palette.white, 1);
  g.fillCircle(x, geo.y, 9);
  g.fillStyle(palette.teal, 1);
  g.fillCircle(x, geo.y, 5.5);

  // Keep the tag inside the track's span so it never leaves the canvas.
  const tagW = labelWidth + 20;
  const tagH = 24;
  const tagX = Math.max(geo.x1 - 6, Math.min(geo.x2 + 6 - tagW, x - tagW / 2));
  const tagY = geo.y - 18 - tagH;
  g.fillStyle(palette.shadow, 0.1);
  g.fillRoundedRect(tagX + 1, tagY + 2, tagW, tagH, 12);
  g.fillStyle(palette.white, 1);
  g.fillRoundedRect(tagX, tagY, tagW, tagH, 12);
  g.fillTriangle(x - 5, tagY + tagH - 1, x + 5, tagY + tagH - 1, x, tagY + tagH + 5);
  return { x: tagX + tagW / 2, y: tagY + tagH / 2 };
}
