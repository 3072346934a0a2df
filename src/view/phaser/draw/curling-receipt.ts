import type * as Phaser from 'phaser';
import { palette } from '../palette.ts';
import { darken } from './color.ts';
import { dashedLine, fillPolygon, zigzagPoints } from './shapes.ts';

/**
 * A till receipt standing in the foreground with its top curled over, drawn around a local origin at
 * its bottom centre so the scene can sway it by rotating the Graphics.
 */
export function drawCurlingReceipt(g: Phaser.GameObjects.Graphics): void {
  g.clear();
  const w = 124;
  const left = -w / 2;
  const right = w / 2;
  const top = -214;
  const bottom = -14;
  const paper = palette.white;

  // Contact shadow on the road.
  g.fillStyle(palette.shadow, 0.16);
  g.fillEllipse(14, -2, w * 1.3, 20);

  // Body: offset shadow, then paper with a torn bottom edge.
  const body = (dx: number, dy: number) => [
    { x: left + dx, y: top + dy },
    { x: right + dx, y: top + dy },
    ...zigzagPoints(left + dx, right + dx, bottom + dy, 10).reverse(),
  ];
  g.fillStyle(palette.shadow, 0.12);
  fillPolygon(g, body(8, 6));
  g.fillStyle(paper, 1);
  fillPolygon(g, body(0, 0));

  // Printed lines: abstract bars, label left and amount right.
  const inkSoft = darken(palette.sand, 0.35);
  g.fillStyle(palette.ink, 0.7);
  g.fillRoundedRect(left + 30, top + 30, w - 60, 7, 3);
  const rows = [0.62, 0.48, 0.7, 0.4];
  rows.forEach((len, i) => {
    const y = top + 58 + i * 22;
    g.fillStyle(inkSoft, 1);
    g.fillRoundedRect(left + 14, y, (w - 60) * len, 6, 3);
    g.fillRoundedRect(right - 36, y, 22, 6, 3);
  });
  g.lineStyle(2, inkSoft, 1);
  dashedLine(g, left + 14, right - 14, top + 152, 5, 4);
  g.fillStyle(palette.teal, 1);
  g.fillRoundedRect(left + 14, top + 164, 38, 8, 3);
  g.fillRoundedRect(right - 50, top + 164, 36, 8, 3);

  // The curl: a rolled cylinder lying over the top edge, with a shadow cast onto the paper.
  g.fillStyle(palette.shadow, 0.1);
  g.fillRoundedRect(left, top + 4, w, 16, 6);
  g.fillStyle(darken(paper, 0.1), 1);
  g.fillRoundedRect(left - 2, top - 24, w + 4, 30, 15);
  g.fillStyle(paper, 1);
  g.fillRoundedRect(left - 2, top - 24, w + 4, 18, { tl: 15, tr: 15, bl: 6, br: 6 });
  g.fillStyle(darken(paper, 0.18), 1);
  g.fillEllipse(right - 2, top - 9, 9, 26);
}
