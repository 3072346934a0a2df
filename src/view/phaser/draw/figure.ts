import type * as Phaser from 'phaser';
import type { StageFigure } from '../../stage-state.ts';
import { palette } from '../palette.ts';
import { darken, lighten, mix } from './color.ts';
import { pickFrom, seededRandom } from './hash.ts';
import { fillPolygon, groundShadow } from './shapes.ts';

export type Mood = 'neutral' | 'hopeful' | 'tense';
type Kind = StageFigure['figure'];

const SKIN = [0xf3d6bd, 0xe8bc9a, 0xd3a07a, 0xb07a54, 0x8c5a3b, 0x66412a] as const;
const HAIR = [0x2b211c, 0x3e2c22, 0x5c3a24, 0x7e4a2c, 0xa0652f, 0xc69b5e] as const;
const GREY_HAIR = [0xcfcac2, 0xe3ded6, 0xa9a6a2] as const;
const TOPS = [
  palette.teal,
  palette.legitimiteit,
  palette.betrokkenheid,
  palette.orange,
  0xd9a43a,
  0x7d5a8c,
  0xb5614a,
  0x56688f,
  0xd98e86,
] as const;
const BOTTOMS = [0x3f5a80, 0x2b3a5c, 0x3e434f, 0x8f7d5e, 0x6d5443, 0x5f6a47] as const;
const SHOES = [0x2e2a2a, 0x4a3b32, 0x3b4458] as const;

const ADULT_HEIGHT: Record<Kind, number> = {
  man: 206,
  vrouw: 194,
  jongen: 206,
  meisje: 194,
  kind: 198,
  oudere: 186,
};

/** Children grow from about half an adult's height at 2 to full height at 18. */
export function figureHeight(figure: StageFigure): number {
  const base = ADULT_HEIGHT[figure.figure];
  const age = Math.max(0, figure.age);
  const factor = age >= 18 ? 1 : Math.max(0.48, Math.min(1, 0.46 + (age - 1) * 0.032));
  return Math.round(base * factor);
}

interface Look {
  skin: number;
  hair: number;
  top: number;
  bottom: number;
  shoes: number;
  /** Variant switches, interpreted per figure kind (dress vs trousers, ponytail vs braids, ...). */
  variant: number;
  accent: boolean;
}

/** Looks depend only on the member id, so a person keeps the same clothes all game. */
export function lookFor(figure: StageFigure): Look {
  const random = seededRandom(`${figure.id}:${figure.figure}`);
  const skin = pickFrom(SKIN, random);
  const hair = figure.figure === 'oudere' ? pickFrom(GREY_HAIR, random) : pickFrom(HAIR, random);
  const top = pickFrom(TOPS, random);
  let bottom = pickFrom(BOTTOMS, random);
  if (Math.abs(bottom - top) < 0x101010) bottom = BOTTOMS[0];
  return { skin, hair, top, bottom, shoes: pickFrom(SHOES, random), variant: Math.floor(random() * 3), accent: random() < 0.5 };
}

interface Body {
  x: number;
  baseY: number;
  height: number;
  headR: number;
  headY: number;
  shoulderY: number;
  torsoW: number;
  torsoH: number;
  hipY: number;
  armW: number;
  legW: number;
}

function bodyFor(kind: Kind, x: number, baseY: number, height: number, age: number): Body {
  const child = age < 13;
  const headR = height * (child ? 0.118 : age < 18 ? 0.097 : 0.092);
  const headY = baseY - height + headR * 1.12;
  const shoulderY = headY + headR + height * 0.038;
  const torsoW = height * (kind === 'man' ? 0.27 : kind === 'kind' ? 0.29 : 0.25);
  const torsoH = height * (child ? 0.3 : 0.33);
  return {
    x,
    baseY,
    height,
    headR,
    headY,
    shoulderY,
    torsoW,
    torsoH,
    hipY: shoulderY + torsoH,
    armW: Math.max(9, height * 0.068),
    legW: torsoW * 0.4,
  };
}

function roundLine(g: Phaser.GameObjects.Graphics, x1: number, y1: number, x2: number, y2: number, width: number, color: number): void {
  g.lineStyle(width, color, 1);
  g.lineBetween(x1, y1, x2, y2);
  g.fillStyle(color, 1);
  g.fillCircle(x1, y1, width / 2);
  g.fillCircle(x2, y2, width / 2);
}

function drawLegs(g: Phaser.GameObjects.Graphics, b: Body, look: Look, bareLegs: boolean, shorts: boolean): void {
  const shoeH = Math.max(7, b.height * 0.04);
  const legTop = b.hipY - 6;
  const legH = b.baseY - shoeH - legTop + 2;
  const gap = 3;
  for (const side of [-1, 1]) {
    const lx = side < 0 ? b.x - gap / 2 - b.legW : b.x + gap / 2;
    const legColor = bareLegs ? look.skin : look.bottom;
    g.fillStyle(legColor, 1);
    g.fillRoundedRect(lx, legTop, b.legW, legH, { tl: 2, tr: 2, bl: b.legW / 3, br: b.legW / 3 });
    if (shorts) {
      g.fillStyle(look.bottom, 1);
      g.fillRoundedRect(lx - 1, legTop, b.legW + 2, legH * 0.42, 3);
    }
    // Shoe, pointing slightly outward.
    g.fillStyle(look.shoes, 1);
    g.fillRoundedRect(lx + (side < 0 ? -4 : 0), b.baseY - shoeH, b.legW + 4, shoeH, { tl: shoeH / 2, tr: shoeH / 2, bl: 2, br: 2 });
  }
  // Soft shade on the far leg gives the pair some volume.
  g.fillStyle(palette.shadow, 0.1);
  g.fillRoundedRect(b.x + gap / 2, legTop, b.legW, legH * 0.9, 3);
}

function drawArms(g: Phaser.GameObjects.Graphics, b: Body, sleeve: number, skin: number, shortSleeve: boolean): void {
  const armLen = b.torsoH * 0.98;
  for (const side of [-1, 1]) {
    // The far (right) arm is a shade darker, which gives the body some volume.
    const sleeveColor = side > 0 ? darken(sleeve, 0.08) : sleeve;
    const sx = b.x + side * (b.torsoW / 2 - b.armW * 0.45);
    const sy = b.shoulderY + b.armW * 0.55;
    const hx = b.x + side * (b.torsoW / 2 + b.armW * 0.35);
    const hy = sy + armLen;
    if (shortSleeve) {
      const ex = sx + (hx - sx) * 0.42;
      const ey = sy + (hy - sy) * 0.42;
      roundLine(g, ex, ey, hx, hy, b.armW * 0.85, skin);
      roundLine(g, sx, sy, ex, ey, b.armW, sleeveColor);
    } else {
      roundLine(g, sx, sy, hx, hy, b.armW, sleeveColor);
    }
    g.fillStyle(skin, 1);
    g.fillCircle(hx, hy + b.armW * 0.35, b.armW * 0.55);
  }
}

function drawTorso(g: Phaser.GameObjects.Graphics, b: Body, color: number, flare = 0): void {
  const shoulder = b.torsoW * 0.36;
  if (flare > 0) {
    // A dress: fitted top flaring out into a skirt.
    fillPolygonColor(g, color, [
      { x: b.x - b.torsoW / 2 + 2, y: b.shoulderY + shoulder * 0.5 },
      { x: b.x + b.torsoW / 2 - 2, y: b.shoulderY + shoulder * 0.5 },
      { x: b.x + b.torsoW / 2 + flare, y: b.hipY + b.torsoH * 0.55 },
      { x: b.x - b.torsoW / 2 - flare, y: b.hipY + b.torsoH * 0.55 },
    ]);
  }
  g.fillStyle(color, 1);
  g.fillRoundedRect(b.x - b.torsoW / 2, b.shoulderY, b.torsoW, b.torsoH + 4, { tl: shoulder, tr: shoulder, bl: 5, br: 5 });
}

function fillPolygonColor(g: Phaser.GameObjects.Graphics, color: number, points: { x: number; y: number }[]): void {
  g.fillStyle(color, 1);
  fillPolygon(g, points);
}

function drawClothingDetails(g: Phaser.GameObjects.Graphics, kind: Kind, b: Body, look: Look): void {
  const top = b.shoulderY;
  if (kind === 'jongen' || (kind === 'kind' && look.accent)) {
    // Hoodie: hood behind the neck, pocket and drawstrings.
    g.fillStyle(darken(look.top, 0.18), 1);
    g.fillEllipse(b.x, top + 3, b.torsoW * 0.62, b.headR * 0.7);
    g.fillRoundedRect(b.x - b.torsoW * 0.28, b.hipY - b.torsoH * 0.36, b.torsoW * 0.56, b.torsoH * 0.26, 5);
    g.lineStyle(2, palette.white, 0.9);
    g.lineBetween(b.x - 5, top + 5, b.x - 6, top + b.torsoH * 0.3);
    g.lineBetween(b.x + 5, top + 5, b.x + 6, top + b.torsoH * 0.3);
  } else if (kind === 'man') {
    // Open collar; with a jacket on some.
    if (look.accent) {
      g.fillStyle(lighten(look.top, 0.75), 1);
      g.fillTriangle(b.x - b.torsoW * 0.18, top, b.x + b.torsoW * 0.18, top, b.x, top + b.torsoH * 0.5);
      g.fillStyle(darken(look.top, 0.12), 1);
      g.fillTriangle(b.x - b.torsoW * 0.18, top, b.x - 1, top + b.torsoH * 0.52, b.x - b.torsoW * 0.3, top + b.torsoH * 0.2);
      g.fillTriangle(b.x + b.torsoW * 0.18, top, b.x + 1, top + b.torsoH * 0.52, b.x + b.torsoW * 0.3, top + b.torsoH * 0.2);
    } else {
      g.fillStyle(lighten(look.top, 0.3), 1);
      g.fillTriangle(b.x - 9, top, b.x, top + 10, b.x - 3, top);
      g.fillTriangle(b.x + 9, top, b.x, top + 10, b.x + 3, top);
      g.fillStyle(palette.white, 0.8);
      for (let i = 1; i <= 3; i++) g.fillCircle(b.x, top + 8 + i * b.torsoH * 0.2, 1.6);
    }
  } else if (kind === 'oudere') {
    // Cardigan over a light shirt.
    g.fillStyle(lighten(look.top, 0.7), 1);
    g.fillTriangle(b.x - b.torsoW * 0.16, top, b.x + b.torsoW * 0.16, top, b.x, top + b.torsoH * 0.55);
    g.lineStyle(2, darken(look.top, 0.25), 1);
    g.lineBetween(b.x, top + b.torsoH * 0.55, b.x, b.hipY + 2);
    g.fillStyle(lighten(look.top, 0.5), 1);
    for (let i = 0; i < 3; i++) g.fillCircle(b.x + 4, top + b.torsoH * (0.62 + i * 0.13), 1.8);
  } else if (kind === 'vrouw' || kind === 'meisje') {
    // Rounded neckline, and a belt or print depending on the variant.
    g.fillStyle(darken(look.top, 0.15), 1);
    g.fillEllipse(b.x, top + 2, b.torsoW * 0.38, b.headR * 0.45);
    if (look.accent) {
      g.fillStyle(lighten(look.top, 0.35), 1);
      for (let i = 0; i < 3; i++) g.fillCircle(b.x - b.torsoW * 0.2 + i * b.torsoW * 0.2, top + b.torsoH * 0.5, 2.2);
    }
  } else {
    // Kind: a t-shirt stripe.
    g.fillStyle(lighten(look.top, 0.45), 1);
    g.fillRect(b.x - b.torsoW / 2 + 1, top + b.torsoH * 0.45, b.torsoW - 2, b.torsoH * 0.12);
  }
}

function drawHair(g: Phaser.GameObjects.Graphics, kind: Kind, b: Body, look: Look, layer: 'back' | 'front'): void {
  const { x, headY: y, headR: r } = b;
  g.fillStyle(look.hair, 1);
  const long = kind === 'vrouw' && look.variant !== 2;
  const bun = (kind === 'vrouw' && look.variant === 2) || (kind === 'oudere' && look.accent);
  if (layer === 'back') {
    if (long)
      g.fillRoundedRect(x - r * 1.13, y - r * 0.9, r * 2.26, r * (look.variant === 0 ? 2.55 : 2.0), {
        tl: r,
        tr: r,
        bl: r * 0.35,
        br: r * 0.35,
      });
    if (kind === 'meisje') {
      if (look.variant === 0) {
        // Ponytail.
        g.fillEllipse(x + r * 0.95, y + r * 0.4, r * 0.7, r * 1.7);
      } else {
        // Braids.
        for (const side of [-1, 1]) {
          g.fillEllipse(x + side * r * 0.95, y + r * 0.85, r * 0.5, r * 1.4);
          g.fillStyle(palette.orange, 1);
          g.fillCircle(x + side * r * 0.95, y + r * 1.5, r * 0.14);
          g.fillStyle(look.hair, 1);
        }
      }
    }
    if (kind === 'kind' && !look.accent) {
      for (const side of [-1, 1]) g.fillCircle(x + side * r * 1.02, y - r * 0.35, r * 0.34);
    }
    if (bun) g.fillCircle(x, y - r * 1.05, r * 0.42);
    return;
  }
  // Front: fringes and side locks that lie over the face.
  const side = look.accent ? 1 : -1;
  if (kind === 'vrouw' || kind === 'meisje' || kind === 'kind') {
    g.fillEllipse(x + side * r * 0.4, y - r * 0.62, r * 1.25, r * 0.6);
    if (long) {
      g.fillRoundedRect(x - r * 1.08, y - r * 0.55, r * 0.32, r * 1.5, r * 0.16);
      g.fillRoundedRect(x + r * 0.76, y - r * 0.55, r * 0.32, r * 1.5, r * 0.16);
    }
  } else if (kind === 'jongen') {
    for (let i = -2; i <= 2; i++) g.fillCircle(x + i * r * 0.34 + side * r * 0.08, y - r * 0.7 + Math.abs(i) * r * 0.06, r * 0.3);
  } else if (kind === 'man') {
    g.fillEllipse(x - side * r * 0.35, y - r * 0.72, r * 1.1, r * 0.42);
  }
}

/** Hair cap behind the face; its lower edge becomes a rounded hairline once the face is drawn over it. */
function drawHairCap(g: Phaser.GameObjects.Graphics, kind: Kind, b: Body, look: Look): void {
  const { x, headY: y, headR: r } = b;
  g.fillStyle(look.hair, 1);
  if (kind === 'oudere' && !look.accent) {
    // Thinning on top: just the sides and back.
    g.fillEllipse(x - r * 0.78, y - r * 0.2, r * 0.62, r * 1.1);
    g.fillEllipse(x + r * 0.78, y - r * 0.2, r * 0.62, r * 1.1);
    return;
  }
  const volume = kind === 'man' && look.variant === 2 ? 1.0 : 1.07;
  g.fillCircle(x, y - r * 0.12, r * volume);
}

function drawFace(g: Phaser.GameObjects.Graphics, kind: Kind, b: Body, look: Look, mood: Mood): void {
  const { x, headY: y, headR: r } = b;
  const eyeY = y + r * 0.08;
  const eyeDx = r * 0.36;
  const eyeR = Math.max(1.8, r * 0.1);
  g.fillStyle(palette.ink, 1);
  g.fillCircle(x - eyeDx, eyeY, eyeR);
  g.fillCircle(x + eyeDx, eyeY, eyeR);

  // Brows carry the mood as much as the mouth does.
  g.lineStyle(Math.max(1.5, r * 0.08), darken(look.hair, 0.2), kind === 'oudere' ? 0.7 : 0.9);
  // Tense: inner ends raised (worried, not angry). Hopeful: brows lifted a little.
  const browY = eyeY - r * (mood === 'hopeful' ? 0.34 : 0.3);
  const tilt = mood === 'tense' ? -r * 0.07 : 0;
  g.lineBetween(x - eyeDx - r * 0.14, browY - tilt, x - eyeDx + r * 0.14, browY + tilt);
  g.lineBetween(x + eyeDx - r * 0.14, browY + tilt, x + eyeDx + r * 0.14, browY - tilt);

  if (kind === 'oudere') {
    g.lineStyle(1.5, palette.ink, 0.85);
    g.strokeCircle(x - eyeDx, eyeY, r * 0.24);
    g.strokeCircle(x + eyeDx, eyeY, r * 0.24);
    g.lineBetween(x - eyeDx + r * 0.24, eyeY, x + eyeDx - r * 0.24, eyeY);
  }

  // Nose: a small darker bump.
  g.fillStyle(darken(look.skin, 0.14), 1);
  g.fillEllipse(x, y + r * 0.32, r * 0.2, r * 0.14);

  const mouthY = y + r * 0.56;
  const mw = r * 0.26;
  g.lineStyle(Math.max(1.8, r * 0.09), darken(look.skin, 0.55), 1);
  if (mood === 'hopeful') {
    g.beginPath();
    g.arc(x, mouthY - mw * 0.9, mw * 1.25, Math.PI * 0.22, Math.PI * 0.78, false);
    g.strokePath();
    g.fillStyle(palette.alarm, 0.18);
    g.fillCircle(x - r * 0.58, y + r * 0.42, r * 0.17);
    g.fillCircle(x + r * 0.58, y + r * 0.42, r * 0.17);
  } else if (mood === 'tense') {
    g.beginPath();
    g.arc(x, mouthY + mw * 1.1, mw * 1.1, Math.PI * 1.3, Math.PI * 1.7, false);
    g.strokePath();
  } else {
    g.lineBetween(x - mw * 0.7, mouthY, x + mw * 0.7, mouthY);
  }
  if (kind === 'man' && look.variant === 1) {
    // Short beard along the jaw.
    g.fillStyle(look.hair, 0.85);
    g.slice(x, y + r * 0.1, r * 0.98, Math.PI * 0.12, Math.PI * 0.88, false);
    g.fillPath();
    g.fillStyle(look.skin, 1);
    g.fillEllipse(x, mouthY - r * 0.05, r * 0.8, r * 0.3);
    g.lineStyle(Math.max(1.8, r * 0.09), darken(look.skin, 0.55), 1);
    if (mood === 'hopeful') {
      g.beginPath();
      g.arc(x, mouthY - mw * 0.9, mw * 1.25, Math.PI * 0.22, Math.PI * 0.78, false);
      g.strokePath();
    } else {
      g.lineBetween(x - mw * 0.7, mouthY, x + mw * 0.7, mouthY);
    }
  }
}

/** Draws one standing person with feet centred on (x, baseY). Returns the drawn height. */
export function drawFigure(g: Phaser.GameObjects.Graphics, figure: StageFigure, x: number, baseY: number, mood: Mood): number {
  const kind = figure.figure;
  const height = figureHeight(figure);
  const look = lookFor(figure);
  const b = bodyFor(kind, x, baseY, height, figure.age);

  groundShadow(g, x + 4, baseY, b.torsoW * 1.5, 12, 0.16);

  const dress = (kind === 'vrouw' && look.variant === 1) || (kind === 'meisje' && look.variant === 2);
  const shorts = kind === 'kind';
  drawLegs(g, b, look, dress || shorts, shorts);
  drawArms(g, b, look.top, look.skin, kind === 'kind' || (kind === 'meisje' && look.accent));
  drawTorso(g, b, look.top, dress ? b.torsoW * 0.2 : 0);
  if (!dress && (kind === 'vrouw' || kind === 'meisje' || kind === 'man' || kind === 'oudere')) {
    // Waistband under the top.
    g.fillStyle(darken(look.bottom, 0.1), 1);
    g.fillRoundedRect(b.x - b.torsoW / 2 + 2, b.hipY - 3, b.torsoW - 4, 6, 2);
  }
  drawClothingDetails(g, kind, b, look);

  // Neck, hair, ears, face.
  drawHair(g, kind, b, look, 'back');
  const r = b.headR;
  g.fillStyle(darken(look.skin, 0.1), 1);
  g.fillRoundedRect(x - r * 0.3, b.headY + r * 0.6, r * 0.6, b.shoulderY - b.headY - r * 0.5, 3);
  drawHairCap(g, kind, b, look);
  g.fillStyle(look.skin, 1);
  g.fillCircle(x - r * 0.95, b.headY + r * 0.14, r * 0.2);
  g.fillCircle(x + r * 0.95, b.headY + r * 0.14, r * 0.2);
  // The face: a darker oval under a slightly shifted lighter one leaves a soft crescent of shade.
  g.fillStyle(mix(look.skin, 0x000000, 0.08), 1);
  g.fillEllipse(x, b.headY + r * 0.1, r * 1.88, r * 1.8);
  g.fillStyle(look.skin, 1);
  g.fillEllipse(x - r * 0.06, b.headY + r * 0.08, r * 1.76, r * 1.74);
  drawHair(g, kind, b, look, 'front');
  drawFace(g, kind, b, look, mood);
  return height;
}
