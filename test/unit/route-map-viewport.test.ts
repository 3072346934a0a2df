import { describe, expect, it } from 'vitest';
import { fitView, MAX_SCALE, MIN_SCALE, panBy, reveal, viewBox, zoomAt, zoomCentre } from '../../src/ui/route-map/viewport.ts';

const viewport = { width: 800, height: 400 };

describe('route map viewport (zoom and pan as numbers)', () => {
  it('fits a wide drawing to the viewport width, centred', () => {
    const view = fitView({ width: 3000, height: 600 }, viewport);
    expect(view.scale).toBeCloseTo((800 - 24) / 3000);
    const [x, y, w, h] = viewBox(view, viewport).split(' ').map(Number);
    expect(x! + w! / 2).toBeCloseTo(1500, 0);
    expect(y! + h! / 2).toBeCloseTo(300, 0);
  });

  it('does not blow a small drawing up past 125 %', () => {
    expect(fitView({ width: 100, height: 50 }, viewport).scale).toBe(1.25);
  });

  it('zooming keeps the point under the pointer in place, and stays within its limits', () => {
    const view = { x: 100, y: 50, scale: 1 };
    const at = { x: 200, y: 100 };
    const zoomed = zoomAt(view, 2, at);
    expect(zoomed.scale).toBe(2);
    expect(zoomed.x + at.x / zoomed.scale).toBeCloseTo(view.x + at.x / view.scale);
    expect(zoomed.y + at.y / zoomed.scale).toBeCloseTo(view.y + at.y / view.scale);
    expect(zoomAt(view, 1000, at).scale).toBe(MAX_SCALE);
    expect(zoomAt(view, 0.0001, at).scale).toBe(MIN_SCALE);
    expect(zoomCentre(view, 2, viewport).x).toBeCloseTo(100 + 400 - 200);
  });

  it('panning moves the drawing with the pointer, in screen pixels', () => {
    expect(panBy({ x: 0, y: 0, scale: 2 }, 100, -40)).toEqual({ x: -50, y: 20, scale: 2 });
  });

  it('reveal moves just enough to show a box, and leaves a shown box alone', () => {
    const view = { x: 0, y: 0, scale: 1 };
    expect(reveal(view, viewport, { x: 10, y: 10, width: 100, height: 50 })).toEqual(view);
    const moved = reveal(view, viewport, { x: 1000, y: 10, width: 100, height: 50 });
    expect(moved.x).toBeGreaterThan(1100 - 800);
    expect(moved.x).toBeLessThan(1000);
    expect(moved.y).toBe(0);
  });
});
