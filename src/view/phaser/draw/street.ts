import type * as Phaser from 'phaser';
import { palette } from '../palette.ts';
import { darken, lighten, mix } from './color.ts';
import { fillPolygon, groundShadow } from './shapes.ts';

export const STREET_GROUND_Y = 404;

const SKY_BANDS = [0xb9c4da, 0xc6c6db, 0xd4c9d6, 0xe2cdcc, 0xeed3c1, 0xf4dcc6] as const;
const GLASS_DARK = 0x56647f;
const WINDOW_LIT = palette.lampLight;
const FRAME = palette.white;

export interface WindowRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

type Gable = 'point' | 'step' | 'neck' | 'flat';

interface HouseSpec {
  x: number;
  w: number;
  h: number;
  facade: number;
  gable: Gable;
  floors: number;
  doorLeft: boolean;
  /** Window indices (row-major from the top, excluding the ground-floor window) that are lit. */
  lit: readonly number[];
}

const HOUSES: readonly HouseSpec[] = [
  { x: 168, w: 124, h: 214, facade: 0xb9705a, gable: 'step', floors: 3, doorLeft: true, lit: [3] },
  { x: 292, w: 118, h: 188, facade: 0xe3c9a0, gable: 'point', floors: 2, doorLeft: false, lit: [0, 1] },
  { x: 410, w: 132, h: 226, facade: 0x7fa39f, gable: 'neck', floors: 3, doorLeft: true, lit: [2] },
  { x: 542, w: 120, h: 196, facade: 0xd9a65a, gable: 'point', floors: 2, doorLeft: false, lit: [] },
  { x: 662, w: 128, h: 210, facade: 0x8a98b6, gable: 'flat', floors: 3, doorLeft: true, lit: [1, 4] },
];

function drawSky(g: Phaser.GameObjects.Graphics, width: number): void {
  const bandHeights = [70, 62, 56, 52, 50, 160];
  let y = 0;
  SKY_BANDS.forEach((color, i) => {
    const h = bandHeights[i] ?? 60;
    g.fillStyle(color, 1);
    g.fillRect(0, y, width, h + 1);
    y += h;
  });
  // Low evening sun with a soft halo.
  g.fillStyle(0xf7c89a, 0.25);
  g.fillCircle(872, 262, 74);
  g.fillStyle(0xf7c89a, 0.35);
  g.fillCircle(872, 262, 54);
  g.fillStyle(0xf4b27f, 1);
  g.fillCircle(872, 262, 36);
  // Clouds: clusters of paper-coloured ellipses.
  const cloud = (cx: number, cy: number, s: number) => {
    g.fillStyle(palette.paper, 0.55);
    g.fillEllipse(cx, cy, 120 * s, 26 * s);
    g.fillEllipse(cx - 22 * s, cy - 10 * s, 56 * s, 30 * s);
    g.fillEllipse(cx + 18 * s, cy - 14 * s, 64 * s, 36 * s);
  };
  cloud(210, 92, 1);
  cloud(590, 58, 0.8);
  cloud(760, 128, 0.7);
}

function drawSkyline(g: Phaser.GameObjects.Graphics, width: number): void {
  // Distant town, low contrast so the row houses stay the subject.
  const far = mix(0xc7bdd0, palette.paper, 0.2);
  g.fillStyle(far, 1);
  const blocks = [
    [0, 300, 70],
    [60, 280, 60],
    [110, 312, 90],
    [190, 290, 80],
    [760, 300, 60],
    [810, 276, 70],
    [870, 296, 90],
  ] as const;
  for (const [x, y, w] of blocks) g.fillRect(x, y, w, STREET_GROUND_Y - y);
  // A church spire on the left: a very Dutch silhouette.
  g.fillRect(120, 250, 22, 60);
  g.fillTriangle(116, 252, 146, 252, 131, 206);
  g.fillStyle(mix(far, 0x000000, 0.06), 1);
  g.fillRect(0, 340, width, STREET_GROUND_Y - 340);
}

function windowShape(g: Phaser.GameObjects.Graphics, r: WindowRect, lit: boolean): void {
  g.fillStyle(FRAME, 1);
  g.fillRoundedRect(r.x - 3, r.y - 3, r.w + 6, r.h + 6, { tl: 12, tr: 12, bl: 3, br: 3 });
  drawGlass(g, r, lit);
}

/** Exported so the scene can re-draw a single pane on a separate Graphics for the flicker. */
export function drawGlass(g: Phaser.GameObjects.Graphics, r: WindowRect, lit: boolean): void {
  g.fillStyle(lit ? WINDOW_LIT : GLASS_DARK, 1);
  g.fillRoundedRect(r.x, r.y, r.w, r.h, { tl: 10, tr: 10, bl: 2, br: 2 });
  if (lit) {
    g.fillStyle(0xffefc4, 1);
    g.fillRoundedRect(r.x + 3, r.y + 3, r.w - 6, r.h * 0.45, { tl: 8, tr: 8, bl: 2, br: 2 });
  } else {
    g.fillStyle(0xffffff, 0.14);
    g.fillTriangle(r.x + 2, r.y + r.h * 0.75, r.x + 2, r.y + 6, r.x + r.w * 0.7, r.y + 6);
  }
  g.fillStyle(FRAME, 1);
  g.fillRect(r.x + r.w / 2 - 1.5, r.y, 3, r.h);
  g.fillRect(r.x, r.y + r.h * 0.48, r.w, 3);
}

function gablePolygon(spec: HouseSpec, top: number): { x: number; y: number }[] {
  const { x, w } = spec;
  const right = x + w;
  switch (spec.gable) {
    case 'point':
      return [
        { x, y: top },
        { x: x + w / 2, y: top - w * 0.42 },
        { x: right, y: top },
      ];
    case 'step': {
      const step = w / 7;
      const rise = 16;
      return [
        { x, y: top },
        { x, y: top - rise },
        { x: x + step, y: top - rise },
        { x: x + step, y: top - 2 * rise },
        { x: x + 2 * step, y: top - 2 * rise },
        { x: x + 2 * step, y: top - 3 * rise },
        { x: x + 3 * step, y: top - 3 * rise },
        { x: x + 3 * step, y: top - 4 * rise },
        { x: right - 3 * step, y: top - 4 * rise },
        { x: right - 3 * step, y: top - 3 * rise },
        { x: right - 2 * step, y: top - 3 * rise },
        { x: right - 2 * step, y: top - 2 * rise },
        { x: right - step, y: top - 2 * rise },
        { x: right - step, y: top - rise },
        { x: right, y: top - rise },
        { x: right, y: top },
      ];
    }
    case 'neck': {
      const neck = w * 0.26;
      return [
        { x, y: top },
        { x: x + w * 0.12, y: top - 12 },
        { x: x + w / 2 - neck, y: top - 22 },
        { x: x + w / 2 - neck, y: top - 60 },
        { x: x + w / 2 + neck, y: top - 60 },
        { x: x + w / 2 + neck, y: top - 22 },
        { x: right - w * 0.12, y: top - 12 },
        { x: right, y: top },
      ];
    }
    case 'flat':
      return [
        { x, y: top },
        { x, y: top - 14 },
        { x: right, y: top - 14 },
        { x: right, y: top },
      ];
  }
}

function drawHouse(g: Phaser.GameObjects.Graphics, spec: HouseSpec): WindowRect[] {
  const { x, w, h, facade } = spec;
  const top = STREET_GROUND_Y - h;
  const gable = gablePolygon(spec, top);

  // Body and gable share the facade colour; a darker strip on the right gives depth.
  g.fillStyle(facade, 1);
  g.fillRect(x, top, w, h);
  fillPolygon(g, gable);
  g.fillStyle(darken(facade, 0.12), 1);
  g.fillRect(x + w - 8, top, 8, h);

  // Cornice / gable trim.
  g.lineStyle(3, lighten(facade, 0.45), 1);
  g.strokePoints(gable as Phaser.Math.Vector2[], false);
  if (spec.gable === 'flat') {
    g.fillStyle(darken(facade, 0.25), 1);
    g.fillRoundedRect(x - 5, top - 18, w + 10, 8, 3);
  }
  if (spec.gable === 'point' || spec.gable === 'neck') {
    const cy = spec.gable === 'point' ? top - w * 0.16 : top - 32;
    g.fillStyle(FRAME, 1);
    g.fillCircle(x + w / 2, cy, 10);
    g.fillStyle(GLASS_DARK, 1);
    g.fillCircle(x + w / 2, cy, 7);
  }

  // Upper floors: two windows each.
  const windows: WindowRect[] = [];
  const groundH = 76;
  const upperH = h - groundH;
  const rowH = upperH / (spec.floors - 1);
  const ww = 28;
  const wh = Math.min(44, rowH - 22);
  let index = 0;
  for (let floor = 0; floor < spec.floors - 1; floor++) {
    const wy = top + floor * rowH + (rowH - wh) / 2 + 4;
    for (const fx of [0.3, 0.7]) {
      const r = { x: x + w * fx - ww / 2 - 2, y: wy, w: ww, h: wh };
      windowShape(g, r, spec.lit.includes(index));
      windows.push(r);
      index++;
    }
  }
  // Floor band between ground floor and upper floors.
  g.fillStyle(darken(facade, 0.18), 1);
  g.fillRect(x, STREET_GROUND_Y - groundH - 4, w - 8, 5);

  // Ground floor: a door and a wide window.
  const doorW = 30;
  const doorH = 56;
  const doorX = spec.doorLeft ? x + 16 : x + w - 24 - doorW;
  const doorColor = mix(darken(facade, 0.45), palette.teal, 0.25);
  g.fillStyle(FRAME, 1);
  g.fillRoundedRect(doorX - 3, STREET_GROUND_Y - doorH - 3, doorW + 6, doorH + 3, { tl: 15, tr: 15, bl: 0, br: 0 });
  g.fillStyle(doorColor, 1);
  g.fillRoundedRect(doorX, STREET_GROUND_Y - doorH, doorW, doorH, { tl: 13, tr: 13, bl: 0, br: 0 });
  g.fillStyle(palette.lampLight, 1);
  g.fillCircle(doorX + doorW - 7, STREET_GROUND_Y - doorH / 2, 2);
  g.fillStyle(darken(facade, 0.3), 1);
  g.fillRect(doorX - 6, STREET_GROUND_Y - 4, doorW + 12, 4);

  const winW = 42;
  const winX = spec.doorLeft ? x + w - 22 - winW : x + 14;
  windowShape(g, { x: winX, y: STREET_GROUND_Y - 60, w: winW, h: 38 }, spec.lit.length > 0);
  // Window box with small plants.
  g.fillStyle(darken(facade, 0.3), 1);
  g.fillRoundedRect(winX - 4, STREET_GROUND_Y - 18, winW + 8, 7, 2);
  g.fillStyle(0x6f9e6a, 1);
  for (let i = 0; i < 4; i++) g.fillCircle(winX + 4 + i * 11, STREET_GROUND_Y - 20, 5);

  return windows;
}

function drawTree(g: Phaser.GameObjects.Graphics, x: number, scale: number): void {
  const ground = STREET_GROUND_Y + 14;
  groundShadow(g, x + 6, ground, 70 * scale, 12 * scale, 0.16);
  g.fillStyle(0x7a5a43, 1);
  g.fillRoundedRect(x - 7 * scale, ground - 110 * scale, 14 * scale, 110 * scale, 5);
  const dark = 0x4f7f55;
  const mid = 0x6c9c68;
  const light = 0x88b27d;
  const crown = (dx: number, dy: number, r: number, c: number) => {
    g.fillStyle(c, 1);
    g.fillCircle(x + dx * scale, ground + dy * scale, r * scale);
  };
  crown(8, -124, 46, dark);
  crown(-26, -140, 38, dark);
  crown(22, -160, 40, dark);
  crown(0, -132, 44, mid);
  crown(-22, -150, 34, mid);
  crown(20, -168, 34, mid);
  crown(-8, -174, 26, light);
  crown(-20, -150, 14, light);
}

function drawStreetLamp(g: Phaser.GameObjects.Graphics, x: number): void {
  const ground = STREET_GROUND_Y + 18;
  g.fillStyle(palette.lampLight, 0.12);
  g.fillCircle(x, ground - 160, 46);
  g.fillStyle(palette.lampLight, 0.2);
  g.fillCircle(x, ground - 160, 26);
  g.fillStyle(palette.ink, 1);
  g.fillRoundedRect(x - 3, ground - 160, 6, 160, 2);
  g.fillRoundedRect(x - 8, ground - 8, 16, 8, 2);
  g.fillRoundedRect(x - 11, ground - 172, 22, 10, { tl: 8, tr: 8, bl: 1, br: 1 });
  g.fillStyle(palette.lampLight, 1);
  g.fillRoundedRect(x - 7, ground - 162, 14, 10, { tl: 0, tr: 0, bl: 5, br: 5 });
}

function drawGround(g: Phaser.GameObjects.Graphics, width: number, height: number): void {
  const pavement = palette.sand;
  g.fillStyle(pavement, 1);
  g.fillRect(0, STREET_GROUND_Y, width, 44);
  g.lineStyle(1, darken(pavement, 0.08), 1);
  for (let x = 0; x < width; x += 48) g.lineBetween(x, STREET_GROUND_Y + 2, x - 10, STREET_GROUND_Y + 42);
  // Kerb and road.
  g.fillStyle(darken(pavement, 0.16), 1);
  g.fillRect(0, STREET_GROUND_Y + 42, width, 8);
  const road = 0xaeb0bd;
  g.fillStyle(road, 1);
  g.fillRect(0, STREET_GROUND_Y + 50, width, height - STREET_GROUND_Y - 50);
  g.fillStyle(palette.paper, 0.7);
  for (let x = 20; x < width; x += 90) g.fillRoundedRect(x, STREET_GROUND_Y + 94, 48, 5, 2);
}

export interface StreetLayout {
  /** A dark upper window the scene can switch on and off. */
  flickerWindow: WindowRect;
}

/** Draws the static street once. */
export function drawStreet(g: Phaser.GameObjects.Graphics, width: number, height: number): StreetLayout {
  g.clear();
  drawSky(g, width);
  drawSkyline(g, width);
  drawGround(g, width, height);
  const windows: WindowRect[][] = [];
  // One shared shadow behind the row so it sits on the pavement.
  g.fillStyle(palette.shadow, 0.1);
  g.fillRect(168 + 8, STREET_GROUND_Y, 790 - 168, 10);
  for (const house of HOUSES) windows.push(drawHouse(g, house));
  drawTree(g, 100, 1);
  drawStreetLamp(g, 826);
  drawTree(g, 930, 0.9);
  const flickerWindow = windows[3]?.[1] ?? { x: 0, y: 0, w: 0, h: 0 };
  return { flickerWindow };
}
