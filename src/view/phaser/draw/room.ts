import type * as Phaser from 'phaser';
import type { Setting } from '../../../domain/scenario/model.ts';
import { palette } from '../palette.ts';
import { darken, lighten, mix } from './color.ts';
import { groundShadow, roundedRectWithShadow } from './shapes.ts';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const ROOM_RADIUS = 18;
const WALL = 0xf1e5cf;
const FLOOR = 0xd9bb92;
const SOFA = mix(palette.teal, palette.paper, 0.22);
const CURTAIN = mix(palette.orange, palette.paper, 0.38);
const WOOD = 0x9a6b4b;

/** Where the floor meets the wall, for a room drawn in `room`. */
export function floorLine(room: Rect): number {
  return room.y + Math.round(room.h * 0.68);
}

/** The window's glass, so mood overlays can tint the sky alone. */
export function windowGlass(room: Rect): Rect {
  return { x: room.x + 338, y: room.y + 50, w: 148, h: 146 };
}

function drawWindow(g: Phaser.GameObjects.Graphics, room: Rect): void {
  const glass = windowGlass(room);
  const rodY = glass.y - 16;
  // Frame and sill.
  roundedRectWithShadow(g, glass.x - 9, glass.y - 9, glass.w + 18, glass.h + 18, 8, palette.white, { dx: 4, dy: 5, alpha: 0.08 });
  g.fillStyle(0xcfe2ea, 1);
  g.fillRect(glass.x, glass.y, glass.w, glass.h);
  // Sky: a lighter band near the horizon, one cloud and the neighbours' rooftops.
  g.fillStyle(0xe3eef0, 1);
  g.fillRect(glass.x, glass.y + glass.h * 0.55, glass.w, glass.h * 0.45);
  g.fillStyle(palette.white, 0.9);
  g.fillEllipse(glass.x + 44, glass.y + 36, 50, 14);
  g.fillEllipse(glass.x + 56, glass.y + 30, 30, 16);
  g.fillStyle(0xa9b7c4, 1);
  g.fillRect(glass.x, glass.y + glass.h - 34, 52, 34);
  g.fillTriangle(glass.x, glass.y + glass.h - 34, glass.x + 52, glass.y + glass.h - 34, glass.x + 26, glass.y + glass.h - 58);
  g.fillRect(glass.x + 92, glass.y + glass.h - 26, glass.w - 92, 26);
  g.fillStyle(0x8fa86f, 1);
  g.fillCircle(glass.x + 74, glass.y + glass.h - 14, 18);
  g.fillStyle(palette.white, 1);
  g.fillRect(glass.x + glass.w / 2 - 3, glass.y, 6, glass.h);
  g.fillRect(glass.x, glass.y + glass.h * 0.45, glass.w, 6);
  g.fillStyle(darken(palette.sand, 0.05), 1);
  g.fillRoundedRect(glass.x - 18, glass.y + glass.h + 6, glass.w + 36, 10, 4);

  // Curtains gathered at the sides, on a thin rod.
  g.lineStyle(3, palette.ink, 0.8);
  g.lineBetween(glass.x - 34, rodY, glass.x + glass.w + 34, rodY);
  g.fillStyle(palette.ink, 0.8);
  g.fillCircle(glass.x - 36, rodY, 4);
  g.fillCircle(glass.x + glass.w + 36, rodY, 4);
  for (const side of [-1, 1]) {
    const cx = side < 0 ? glass.x - 14 : glass.x + glass.w + 14;
    g.fillStyle(palette.shadow, 0.08);
    g.fillRoundedRect(cx - 14 + 4, rodY + 2, 28, glass.h + 54, { tl: 4, tr: 4, bl: 12, br: 12 });
    g.fillStyle(CURTAIN, 1);
    g.fillRoundedRect(cx - 14, rodY, 28, glass.h + 50, { tl: 4, tr: 4, bl: 12, br: 12 });
    g.fillStyle(darken(CURTAIN, 0.1), 1);
    g.fillRect(cx - 3 + side * 5, rodY + 4, 3, glass.h + 40);
    g.fillStyle(darken(CURTAIN, 0.25), 1);
    g.fillRoundedRect(cx - 15, rodY + glass.h * 0.62, 30, 6, 3);
  }
}

function drawSofa(g: Phaser.GameObjects.Graphics, left: number, floor: number): void {
  const w = 236;
  groundShadow(g, left + w / 2 + 6, floor + 22, w + 20, 18, 0.14);
  // Legs first so the body covers their tops.
  g.fillStyle(WOOD, 1);
  g.fillRoundedRect(left + 14, floor + 8, 8, 16, 2);
  g.fillRoundedRect(left + w - 22, floor + 8, 8, 16, 2);
  // Back, cushions, seat and arms.
  g.fillStyle(darken(SOFA, 0.12), 1);
  g.fillRoundedRect(left + 14, floor - 92, w - 28, 78, 18);
  g.fillStyle(lighten(SOFA, 0.08), 1);
  g.fillRoundedRect(left + 30, floor - 84, (w - 68) / 2, 60, 14);
  g.fillRoundedRect(left + 38 + (w - 68) / 2, floor - 84, (w - 68) / 2, 60, 14);
  // A patterned throw cushion.
  g.fillStyle(palette.rendement, 1);
  g.fillRoundedRect(left + 42, floor - 64, 40, 34, 10);
  g.fillStyle(lighten(palette.rendement, 0.4), 1);
  g.fillCircle(left + 62, floor - 47, 6);
  g.fillStyle(SOFA, 1);
  g.fillRoundedRect(left + 8, floor - 36, w - 16, 46, 12);
  g.fillStyle(darken(SOFA, 0.06), 1);
  g.fillRoundedRect(left, floor - 56, 34, 68, 14);
  g.fillRoundedRect(left + w - 34, floor - 56, 34, 68, 14);
  g.fillStyle(lighten(SOFA, 0.15), 1);
  g.fillRoundedRect(left + 4, floor - 54, 26, 12, 6);
  g.fillRoundedRect(left + w - 30, floor - 54, 26, 12, 6);
}

function drawLamp(g: Phaser.GameObjects.Graphics, x: number, floor: number): void {
  // Glow behind the shade.
  g.fillStyle(palette.lampLight, 0.16);
  g.fillCircle(x, floor - 184, 44);
  g.fillStyle(palette.lampLight, 0.22);
  g.fillCircle(x, floor - 184, 30);
  groundShadow(g, x + 4, floor + 14, 44, 8, 0.14);
  g.fillStyle(palette.ink, 0.9);
  g.fillRoundedRect(x - 2, floor - 178, 4, 190, 2);
  g.fillRoundedRect(x - 16, floor + 8, 32, 7, 3);
  // Shade: a trapezoid with a lit lower rim.
  g.fillStyle(mix(palette.sand, palette.white, 0.35), 1);
  g.fillPoints(
    [
      { x: x - 14, y: floor - 214 },
      { x: x + 14, y: floor - 214 },
      { x: x + 28, y: floor - 172 },
      { x: x - 28, y: floor - 172 },
    ] as Phaser.Math.Vector2[],
    true,
  );
  g.fillStyle(palette.lampLight, 1);
  g.fillRoundedRect(x - 28, floor - 174, 56, 5, 2);
}

function drawSideTable(g: Phaser.GameObjects.Graphics, x: number, floor: number): void {
  groundShadow(g, x + 4, floor + 26, 56, 10, 0.14);
  g.fillStyle(darken(WOOD, 0.1), 1);
  g.fillRoundedRect(x - 4, floor - 22, 8, 48, 3);
  g.fillRoundedRect(x - 18, floor + 20, 36, 6, 3);
  g.fillStyle(WOOD, 1);
  g.fillRoundedRect(x - 32, floor - 30, 64, 10, 5);
  // A mug and a small stack of letters.
  g.fillStyle(palette.legitimiteit, 1);
  g.fillRoundedRect(x + 6, floor - 48, 16, 18, { tl: 2, tr: 2, bl: 5, br: 5 });
  g.lineStyle(3, palette.legitimiteit, 1);
  g.strokeCircle(x + 24, floor - 40, 5);
  g.fillStyle(palette.white, 1);
  g.fillRoundedRect(x - 26, floor - 36, 28, 6, 1);
  g.fillStyle(mix(palette.white, palette.sand, 0.6), 1);
  g.fillRoundedRect(x - 24, floor - 40, 26, 5, 1);
}

function drawPlant(g: Phaser.GameObjects.Graphics, x: number, floor: number): void {
  groundShadow(g, x + 4, floor + 38, 60, 10, 0.14);
  const leaf = (dx: number, dy: number, w: number, h: number, c: number) => {
    g.fillStyle(c, 1);
    g.fillEllipse(x + dx, floor + dy, w, h);
  };
  leaf(-22, -40, 22, 62, 0x5d8c5a);
  leaf(22, -44, 22, 66, 0x5d8c5a);
  leaf(-8, -62, 20, 70, 0x6f9e6a);
  leaf(12, -58, 18, 64, 0x7fae74);
  leaf(-30, -18, 34, 16, 0x6f9e6a);
  leaf(30, -20, 34, 16, 0x7fae74);
  g.fillStyle(0xc0714f, 1);
  g.fillRoundedRect(x - 24, floor - 8, 48, 46, { tl: 4, tr: 4, bl: 12, br: 12 });
  g.fillStyle(darken(0xc0714f, 0.15), 1);
  g.fillRoundedRect(x - 27, floor - 10, 54, 10, 4);
}

function drawPicture(g: Phaser.GameObjects.Graphics, x: number, y: number): void {
  roundedRectWithShadow(g, x, y, 88, 62, 4, darken(WOOD, 0.15), { dx: 3, dy: 4, alpha: 0.1 });
  g.fillStyle(palette.paper, 1);
  g.fillRect(x + 6, y + 6, 76, 50);
  g.fillStyle(mix(palette.orange, palette.paper, 0.2), 1);
  g.fillCircle(x + 58, y + 24, 8);
  g.fillStyle(mix(palette.betrokkenheid, palette.paper, 0.25), 1);
  g.fillEllipse(x + 30, y + 56, 70, 34);
  g.fillStyle(mix(palette.teal, palette.paper, 0.2), 1);
  g.fillEllipse(x + 62, y + 58, 60, 22);
}

/** The wall colour of each setting: home is warm, a shelter or an institution paler and cooler. */
const WALLS: Readonly<Record<Setting, number>> = {
  thuis: WALL,
  verhuisd: 0xe4ecd9,
  opvang: 0xdfe2e4,
  instelling: 0xdbe6ef,
  straat: 0x9fb3c8,
};

/** Moving boxes, stacked: a home not yet made. */
function drawBoxes(g: Phaser.GameObjects.Graphics, x: number, floor: number): void {
  const box = (bx: number, by: number, w: number, h: number) => {
    roundedRectWithShadow(g, bx, by, w, h, 3, 0xc9a06a, { dx: 3, dy: 4, alpha: 0.12 });
    g.fillStyle(darken(0xc9a06a, 0.12), 1);
    g.fillRect(bx + w / 2 - 5, by, 10, h);
  };
  groundShadow(g, x + 80, floor + 26, 200, 14, 0.14);
  box(x, floor - 52, 90, 78);
  box(x + 96, floor - 30, 74, 56);
  box(x + 14, floor - 110, 70, 58);
}

/** A shelter's or an institution's bed: a metal frame and a plain blanket. */
function drawBed(g: Phaser.GameObjects.Graphics, x: number, floor: number, bunk: boolean): void {
  groundShadow(g, x + 90, floor + 28, 190, 12, 0.14);
  const frame = 0x8a949c;
  const layer = (y: number) => {
    g.fillStyle(frame, 1);
    g.fillRect(x, y, 180, 8);
    g.fillStyle(0xf4f4f2, 1);
    g.fillRoundedRect(x + 4, y - 16, 172, 16, 4);
    g.fillStyle(mix(palette.teal, palette.paper, 0.55), 1);
    g.fillRoundedRect(x + 40, y - 18, 136, 16, 4);
  };
  g.fillStyle(frame, 1);
  g.fillRect(x, floor - (bunk ? 150 : 50), 8, bunk ? 176 : 76);
  g.fillRect(x + 172, floor - (bunk ? 150 : 50), 8, bunk ? 176 : 76);
  layer(floor);
  if (bunk) layer(floor - 100);
}

/** A bench and a lamppost against an evening sky: nowhere to live. */
function drawStreetProps(g: Phaser.GameObjects.Graphics, x: number, floor: number): void {
  groundShadow(g, x + 80, floor + 26, 200, 12, 0.16);
  g.fillStyle(0x5b4636, 1);
  g.fillRoundedRect(x, floor - 24, 170, 12, 4);
  g.fillRoundedRect(x, floor - 56, 170, 10, 4);
  g.fillStyle(palette.ink, 0.85);
  g.fillRect(x + 16, floor - 14, 8, 40);
  g.fillRect(x + 146, floor - 14, 8, 40);
  g.fillRect(x + 230, floor - 200, 6, 226);
  g.fillStyle(palette.lampLight, 0.5);
  g.fillCircle(x + 233, floor - 206, 18);
}

/** Draws the static room of a setting inside `room` (a rounded card): the living room at home by default. */
export function drawRoom(g: Phaser.GameObjects.Graphics, room: Rect, setting: Setting = 'thuis'): void {
  g.clear();
  const floor = floorLine(room);
  const bottom = room.y + room.h;
  const r = ROOM_RADIUS;
  const wall = WALLS[setting];

  g.fillStyle(palette.shadow, 0.1);
  g.fillRoundedRect(room.x + 2, room.y + 8, room.w, room.h, r);
  g.fillStyle(wall, 1);
  g.fillRoundedRect(room.x, room.y, room.w, floor - room.y, { tl: r, tr: r, bl: 0, br: 0 });
  // Wallpaper at home: soft vertical stripes.
  if (setting === 'thuis') {
    g.fillStyle(lighten(WALL, 0.35), 1);
    for (let x = room.x + 22; x < room.x + room.w - 10; x += 40) g.fillRect(x, room.y + (x < room.x + r ? r : 0), 12, floor - room.y);
  }

  g.fillStyle(setting === 'straat' ? 0x8d8f91 : setting === 'thuis' || setting === 'verhuisd' ? FLOOR : 0xc7c2b8, 1);
  g.fillRoundedRect(room.x, floor, room.w, bottom - floor, { tl: 0, tr: 0, bl: r, br: r });
  g.lineStyle(1, darken(FLOOR, 0.1), 1);
  for (let y = floor + 20, row = 0; y < bottom - 6; y += 22, row++) {
    g.lineBetween(room.x + 4, y, room.x + room.w - 4, y);
    for (let x = room.x + (row % 2 ? 60 : 20); x < room.x + room.w - 10; x += 120) g.lineBetween(x, y - 22, x, y);
  }
  // Skirting board.
  g.fillStyle(palette.white, 1);
  g.fillRect(room.x, floor - 10, room.w, 10);
  g.fillStyle(darken(FLOOR, 0.18), 1);
  g.fillRect(room.x, floor, room.w, 3);

  if (setting !== 'straat') drawWindow(g, room);
  switch (setting) {
    case 'thuis':
      drawPicture(g, room.x + 118, room.y + 70);
      drawLamp(g, room.x + 46, floor);
      drawSofa(g, room.x + 70, floor);
      drawSideTable(g, room.x + 316, floor);
      drawPlant(g, room.x + room.w - 42, floor);
      break;
    case 'verhuisd':
      drawBoxes(g, room.x + 60, floor);
      drawPlant(g, room.x + room.w - 42, floor);
      break;
    case 'opvang':
      drawBed(g, room.x + 60, floor, true);
      break;
    case 'instelling':
      drawBed(g, room.x + 60, floor, false);
      drawSideTable(g, room.x + 316, floor);
      break;
    case 'straat':
      drawStreetProps(g, room.x + 60, floor);
      break;
  }

  // Rug in front of the sofa, where the household stands: only in a home of their own.
  if (setting !== 'thuis' && setting !== 'verhuisd') return;
  const rugY = floor + (bottom - floor) * 0.58;
  g.fillStyle(darken(mix(palette.orange, palette.sand, 0.55), 0.08), 1);
  g.fillEllipse(room.x + room.w * 0.5, rugY + 3, room.w * 0.8, 62);
  g.fillStyle(mix(palette.orange, palette.sand, 0.55), 1);
  g.fillEllipse(room.x + room.w * 0.5, rugY, room.w * 0.8, 58);
  g.lineStyle(2, mix(palette.orange, palette.sand, 0.2), 0.8);
  g.strokeEllipse(room.x + room.w * 0.5, rugY, room.w * 0.72, 44);
}

/** Sunlight falling from the window onto the floor: below the figures, faded in when hopeful. */
export function drawSunPatch(g: Phaser.GameObjects.Graphics, room: Rect, setting: Setting = 'thuis'): void {
  g.clear();
  if (setting === 'straat') return;
  const glass = windowGlass(room);
  const floor = floorLine(room);
  g.fillStyle(palette.lampLight, 0.32);
  g.fillPoints(
    [
      { x: glass.x + 6, y: floor + 3 },
      { x: glass.x + glass.w - 6, y: floor + 3 },
      { x: glass.x + glass.w - 60, y: room.y + room.h - 10 },
      { x: glass.x - 120, y: room.y + room.h - 10 },
    ] as Phaser.Math.Vector2[],
    true,
  );
}

/** Mood light over the whole room: a tint over the room and another over the window glass. */
export interface MoodLight {
  readonly room: { readonly color: number; readonly alpha: number };
  readonly glass: { readonly color: number; readonly alpha: number };
}

/** Hopeful: warm light and a bright window. */
export const WARM_LIGHT: MoodLight = { room: { color: 0xffb45a, alpha: 0.12 }, glass: { color: 0xfff1c9, alpha: 0.35 } };
/** Tense: cool, dimmer light and an overcast sky. */
export const COOL_LIGHT: MoodLight = { room: { color: 0x2f4066, alpha: 0.14 }, glass: { color: 0x8c97a8, alpha: 0.45 } };

export function drawMoodLight(g: Phaser.GameObjects.Graphics, room: Rect, light: MoodLight, setting: Setting = 'thuis'): void {
  g.clear();
  g.fillStyle(light.room.color, light.room.alpha);
  g.fillRoundedRect(room.x, room.y, room.w, room.h, ROOM_RADIUS);
  if (setting === 'straat') return; // no window outside
  const glass = windowGlass(room);
  g.fillStyle(light.glass.color, light.glass.alpha);
  g.fillRect(glass.x, glass.y, glass.w, glass.h);
}
