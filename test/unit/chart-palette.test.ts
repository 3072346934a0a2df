import { describe, expect, it } from 'vitest';
import { CHART_BACKGROUND, CHART_INK, DECISION_MARK, PAYER_COLOURS, ROUTE_COLOURS, ROUTE_DASHES } from '../../src/palette/chart-palette.ts';
import {
  contrastRatio,
  DICHROMACIES,
  deltaE2000,
  parseHex,
  smallestDifference,
  toLab,
  type Vision,
} from '../../src/palette/colour-vision.ts';

/**
 * A CIEDE2000 difference of 10 is clearly visible side by side in a chart legend (2.3 is the just-noticeable
 * difference); measured on the simulated colours, so it holds for readers with protanopia, deuteranopia and
 * tritanopia too.
 */
const MIN_DELTA_E = 10;
const VISIONS: readonly Vision[] = ['normal', ...DICHROMACIES];
const background = parseHex(CHART_BACKGROUND);
const routes = Object.values(ROUTE_COLOURS);

describe('the chart palettes', () => {
  for (const [name, colours] of [
    ['routes', routes],
    ['payers', PAYER_COLOURS],
  ] as const) {
    for (const vision of VISIONS) {
      it(`keeps every pair of ${name} apart (ΔE2000 ≥ ${MIN_DELTA_E}) with ${vision} vision`, () => {
        const { deltaE, pair } = smallestDifference(colours, vision);
        expect(deltaE, `${pair.join(' and ')} with ${vision} vision`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      });
    }
    it(`gives every one of the ${name} at least 3:1 against the chart background`, () => {
      for (const colour of colours) expect(contrastRatio(parseHex(colour), background), colour).toBeGreaterThanOrEqual(3);
    });
  }

  it('never uses a route colour for a payer, nor anything close to one', () => {
    for (const payer of PAYER_COLOURS) {
      for (const route of routes) {
        expect(deltaE2000(toLab(parseHex(payer)), toLab(parseHex(route))), `${payer} against ${route}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      }
    }
  });

  it('marks a decision in ink with a dash and a shape, not in a colour of either palette', () => {
    expect(DECISION_MARK.colour).toBe(CHART_INK);
    expect(DECISION_MARK.dash.length).toBeGreaterThan(0);
    expect(DECISION_MARK.diamond).toBeGreaterThan(0);
    expect([...routes, ...PAYER_COLOURS]).not.toContain(DECISION_MARK.colour);
    expect(contrastRatio(parseHex(CHART_INK), background)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each route its own line pattern, so colour is not the only cue', () => {
    const patterns = Object.values(ROUTE_DASHES).map((dash) => dash.join(','));
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});
