import type * as Phaser from 'phaser';
import { palette } from '../palette.ts';
import { darken, lighten, mix } from './color.ts';

export const PRINTER_WIDTH = 320;
const BODY = mix(palette.ink, palette.paper, 0.14);

/**
 * The printer body, drawn around a local origin at the centre of its paper slot. The paper strip
 * sits between this and `drawPrinterLip`, so it appears to come out of the slot.
 */
export function drawPrinterBody(g: Phaser.GameObjects.Graphics): void {
  g.clear();
  const w = PRINTER_WIDTH;
  const left = -w / 2;
  const top = -116;
  g.fillStyle(palette.shadow, 0.14);
  g.fillRoundedRect(left + 6, top + 10, w, 132, 24);
  g.fillStyle(BODY, 1);
  g.fillRoundedRect(left, top, w, 130, 24);
  g.fillStyle(lighten(BODY, 0.12), 1);
  g.fillRoundedRect(left, top, w, 30, { tl: 24, tr: 24, bl: 0, br: 0 });
  g.fillStyle(lighten(BODY, 0.2), 1);
  g.fillRoundedRect(left + 40, top + 8, w - 80, 8, 4);

  // A small display with abstract glyphs, a button and an indicator slot.
  g.fillStyle(darken(palette.teal, 0.35), 1);
  g.fillRoundedRect(left + 26, top + 44, 110, 40, 8);
  g.fillStyle(lighten(palette.teal, 0.45), 0.85);
  g.fillRoundedRect(left + 38, top + 54, 46, 6, 3);
  g.fillRoundedRect(left + 38, top + 67, 70, 6, 3);
  g.fillStyle(lighten(BODY, 0.08), 1);
  for (let i = 0; i < 4; i++) g.fillRoundedRect(left + 164 + i * 14, top + 46, 6, 36, 3);
  g.fillStyle(palette.orange, 1);
  g.fillRoundedRect(left + w - 78, top + 54, 30, 20, 8);
  g.fillStyle(lighten(palette.orange, 0.3), 1);
  g.fillRoundedRect(left + w - 74, top + 56, 22, 7, 3);

  // The slot.
  g.fillStyle(darken(BODY, 0.55), 1);
  g.fillRoundedRect(left + 14, -7, w - 28, 12, 6);
}

/** The status light, on its own Graphics so the scene can blink it while printing. */
export function drawPrinterLight(g: Phaser.GameObjects.Graphics, busy: boolean): void {
  g.clear();
  const x = PRINTER_WIDTH / 2 - 30;
  const y = -52;
  const color = busy ? palette.orange : palette.betrokkenheid;
  g.fillStyle(color, 0.25);
  g.fillCircle(x, y, 11);
  g.fillStyle(color, 1);
  g.fillCircle(x, y, 6);
}

export function drawPrinterLip(g: Phaser.GameObjects.Graphics): void {
  g.clear();
  const w = PRINTER_WIDTH;
  g.fillStyle(lighten(BODY, 0.06), 1);
  g.fillRoundedRect(-w / 2 + 8, 1, w - 16, 13, { tl: 2, tr: 2, bl: 10, br: 10 });
  g.fillStyle(palette.shadow, 0.12);
  g.fillRoundedRect(-w / 2 + 14, 14, w - 28, 5, 3);
}

/** A quiet panel behind the printer so it does not float on the page. */
export function drawPrinterBackdrop(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number): void {
  g.clear();
  g.fillStyle(mix(palette.sand, palette.paper, 0.35), 1);
  g.fillRoundedRect(x, y, w, h, 18);
}
