import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  deltaE2000,
  deltaE76,
  parseHex,
  simulate,
  smallestDifference,
  toHex,
  toLab,
} from '../../src/palette/colour-vision.ts';

describe('colour vision arithmetic', () => {
  it('reproduces CIEDE2000 from the published test data (Sharma, Wu & Dalal 2005)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4);
  });

  it('puts white at L* 100 and black at 0, and measures CIE76 as the straight distance', () => {
    const white = toLab([255, 255, 255]);
    expect(white[0]).toBeCloseTo(100, 2);
    expect(Math.abs(white[1]) + Math.abs(white[2])).toBeLessThan(0.01);
    expect(toLab([0, 0, 0])[0]).toBeCloseTo(0, 6);
    expect(deltaE76([0, 0, 0], [3, 4, 0])).toBe(5);
  });

  it('leaves greys grey under every simulation and merges red with green for red–green dichromats only', () => {
    for (const vision of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const grey = simulate([128, 128, 128], vision);
      for (const channel of grey) expect(Math.abs(channel - 128)).toBeLessThan(2);
    }
    const pair = ['#d62728', '#2ca02c'];
    expect(smallestDifference(pair, 'normal').deltaE).toBeGreaterThan(50);
    expect(smallestDifference(pair, 'deuteranopia').deltaE).toBeLessThan(15);
    expect(smallestDifference(pair, 'protanopia').deltaE).toBeLessThan(smallestDifference(pair, 'normal').deltaE / 2);
    expect(smallestDifference(pair, 'tritanopia').deltaE).toBeGreaterThan(30);
  });

  it('measures WCAG contrast and reads #rrggbb, refusing anything else with the value named', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex('#767676'), parseHex('#ffffff'))).toBeCloseTo(4.54, 2);
    expect(toHex(parseHex('#1F2a44'))).toBe('#1f2a44');
    expect(() => parseHex('teal')).toThrow('"teal"');
  });
});
