/**
 * Zoom and pan of the route map as plain numbers: which part of the drawing the viewport shows. `x`, `y` is the
 * drawing's point at the viewport's top-left corner; `scale` is screen pixels per drawing unit.
 */
export interface View {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 4;
/** A small casus is not blown up past this when fitted: its text would look shouted. */
const MAX_FIT_SCALE = 1.25;
const FIT_MARGIN = 12;

const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** The whole drawing, centred, as large as fits (not above MAX_FIT_SCALE). */
export function fitView(drawing: Size, viewport: Size): View {
  const room = { width: Math.max(1, viewport.width - 2 * FIT_MARGIN), height: Math.max(1, viewport.height - 2 * FIT_MARGIN) };
  const scale = clampScale(Math.min(room.width / Math.max(1, drawing.width), room.height / Math.max(1, drawing.height), MAX_FIT_SCALE));
  return { scale, x: drawing.width / 2 - viewport.width / (2 * scale), y: drawing.height / 2 - viewport.height / (2 * scale) };
}

/** Zoom by `factor` keeping the drawing's point under the screen point `at` (viewport pixels) where it is. */
export function zoomAt(view: View, factor: number, at: { readonly x: number; readonly y: number }): View {
  const scale = clampScale(view.scale * factor);
  const pointX = view.x + at.x / view.scale;
  const pointY = view.y + at.y / view.scale;
  return { scale, x: pointX - at.x / scale, y: pointY - at.y / scale };
}

/** Zoom round the viewport's centre (the buttons and keys). */
export const zoomCentre = (view: View, factor: number, viewport: Size) =>
  zoomAt(view, factor, { x: viewport.width / 2, y: viewport.height / 2 });

/** Move the drawing by screen pixels (drag right: dx > 0 shows more of the left). */
export const panBy = (view: View, dx: number, dy: number): View => ({ ...view, x: view.x - dx / view.scale, y: view.y - dy / view.scale });

/** The smallest pan that brings a box of the drawing into view (centred when it does not fit). */
export function reveal(
  view: View,
  viewport: Size,
  box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
): View {
  const shownW = viewport.width / view.scale;
  const shownH = viewport.height / view.scale;
  const axis = (start: number, shown: number, boxStart: number, boxSize: number) => {
    if (boxSize > shown) return boxStart + boxSize / 2 - shown / 2;
    if (boxStart < start) return boxStart - FIT_MARGIN / view.scale;
    if (boxStart + boxSize > start + shown) return boxStart + boxSize - shown + FIT_MARGIN / view.scale;
    return start;
  };
  return { ...view, x: axis(view.x, shownW, box.x, box.width), y: axis(view.y, shownH, box.y, box.height) };
}

/** The SVG viewBox that shows `view` in a viewport of this size. */
export const viewBox = (view: View, viewport: Size) =>
  [view.x, view.y, viewport.width / view.scale, viewport.height / view.scale].map((n) => Math.round(n * 100) / 100).join(' ');
