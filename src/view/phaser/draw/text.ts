import * as Phaser from 'phaser';
import { INK_CSS } from '../palette.ts';

export const FONT_FAMILY = '"Atkinson Hyperlegible", sans-serif';
/** The kassabon's face, as in the DOM: fixed-width figures and a plain zero ("€ 0,00", never "Ø"). */
export const RECEIPT_FAMILY = '"Courier Prime", ui-monospace, monospace';

export interface TextOptions {
  size: number;
  bold?: boolean;
  color?: string;
  /** Amounts on the printed receipt: set in the receipt face. */
  receipt?: boolean;
}

/** Text is rendered at 2× (3× on the densest screens) so it stays crisp when the camera zooms or Scale.FIT enlarges the canvas. */
const TEXT_RESOLUTION = typeof window === 'undefined' ? 2 : Math.max(2, Math.min(3, Math.ceil(window.devicePixelRatio || 1)));

export function textStyle({ size, bold = false, color = INK_CSS, receipt = false }: TextOptions): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: receipt ? RECEIPT_FAMILY : FONT_FAMILY,
    fontSize: `${size}px`,
    fontStyle: bold ? 'bold' : '',
    color,
    resolution: TEXT_RESOLUTION,
  };
}

let measureContext: CanvasRenderingContext2D | null | undefined;

/** Width of `text` in the stage font; a shared 2D context avoids creating Text objects to measure. */
export function measureText(text: string, size: number, bold = false, family = FONT_FAMILY): number {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * size * 0.55;
  measureContext.font = `${bold ? 'bold ' : ''}${size}px ${family}`;
  return measureContext.measureText(text).width;
}

/** Shortens `text` with an ellipsis until it fits `maxWidth`. */
export function ellipsize(text: string, maxWidth: number, size: number, bold = false): string {
  if (measureText(text, size, bold) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measureText(`${text.slice(0, mid).trimEnd()}…`, size, bold) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

function refreshTexts(objects: readonly Phaser.GameObjects.GameObject[]): void {
  for (const child of objects) {
    if (child instanceof Phaser.GameObjects.Text) child.style.update(true);
    else if (child instanceof Phaser.GameObjects.Container) refreshTexts(child.list);
  }
}

/**
 * The web font may still be loading when a scene first draws. Once it is ready, re-measure every
 * Text in the scene and let the scene re-layout (truncation depends on the real glyph widths).
 */
export function onFontsReady(scene: Phaser.Scene, relayout: () => void): void {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  let alive = true;
  const stop = () => {
    alive = false;
    scene.events.off(Phaser.Scenes.Events.SHUTDOWN, stop);
    scene.events.off(Phaser.Scenes.Events.DESTROY, stop);
  };
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
  scene.events.once(Phaser.Scenes.Events.DESTROY, stop);
  const faces = [FONT_FAMILY, RECEIPT_FAMILY].flatMap((family) => [`16px ${family}`, `bold 16px ${family}`]);
  Promise.all(faces.map((face) => document.fonts.load(face)))
    .then(() => {
      if (!alive) return;
      refreshTexts(scene.children.list);
      relayout();
    })
    .catch(() => {
      // Fallback font stays in place; nothing to do.
    });
}
