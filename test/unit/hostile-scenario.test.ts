import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { loadScenario } from '../../src/authoring/load.ts';
import { allRoutes, cheapestRoute, dearestRoute, rankRoutes, storyAnalysis } from '../../src/domain/play/route-analysis.ts';
import { routeReport } from '../../tools/cli/route-report.ts';
import { binaryMoments, chain, wideDiamond } from '../support/hostile-scenario.ts';

// Casus shapes that once made the checker hang, run out of memory or overflow the stack. No timing here
// (npm run bench:checker times every shape at its full size, up to the 1 MB limit): these tests hold what the
// checker says about them. A shape is as large as its subject needs: the stack needs the full 5000-moment depth;
// counting, wording, budgets and states per moment hold the same at a fraction of the size.
const GENEROUS = 60_000;

function load(text: string) {
  const result = loadScenario(text, 'vijandig.yaml');
  return { ...result, codes: result.diagnostics.map((d) => d.code), lines: result.diagnostics.map(formatDiagnostic) };
}

describe('hostile casus shapes', () => {
  it(
    '30 yes/no moments whose state nobody reads: one state per moment, 2^30 routes counted exactly, a sample ranked',
    { timeout: GENEROUS },
    () => {
      const { scenario, codes, lines } = load(binaryMoments(30));
      expect(codes).toEqual(['SC041']);
      expect(lines[0]).toContain('van 1.073.741.824 routes');
      expect(storyAnalysis(scenario!).pairs).toBe(30);
      expect(rankRoutes(scenario!)?.total).toBe(2n ** 30n);
    },
  );

  it('30 yes/no moments that each read the one before: two states per moment, no false dead ends', { timeout: GENEROUS }, () => {
    const { scenario, codes } = load(binaryMoments(30, 'previous'));
    expect(codes).toEqual(['SC041']);
    expect(storyAnalysis(scenario!).pairs).toBe(1 + 29 * 2);
  });

  it(
    '30 yes/no variables all read at the end: the walk stops at its budget and says so once, at the moment that needs it',
    { timeout: GENEROUS },
    () => {
      const { scenario, codes, diagnostics } = load(binaryMoments(30, 'all-at-end'));
      expect(codes).toEqual(['SC043']);
      expect(diagnostics[0]!.severity).toBe('warning');
      expect(diagnostics[0]!.hint).toContain('30 variabelen');
      expect(scenario).toBeDefined();
      expect(rankRoutes(scenario!)).toBeUndefined();
      expect(routeReport(scenario!)[0]).toContain('niet geteld');
    },
  );

  it('500 yes/no variables all read at the end: stopped by the memory budget, still one message', { timeout: GENEROUS }, () => {
    const { codes, diagnostics } = load(binaryMoments(500, 'all-at-end'));
    expect(codes).toEqual(['SC043']);
    expect(diagnostics[0]!.message).toContain('waarden van variabelen');
  });

  it('a chain of 5000 moments: no stack overflow, 5001 routes all ranked, the deepest played', { timeout: GENEROUS }, () => {
    const { scenario, codes } = load(chain(5000));
    expect(codes).toEqual([]);
    const ranking = rankRoutes(scenario!)!;
    expect(ranking.total).toBe(5001n);
    expect(ranking.sampled).toBe(false);
    expect(cheapestRoute(scenario!).steps.length).toBeGreaterThan(0);
    const [deepest] = allRoutes(scenario!, 1);
    expect(deepest!.steps).toHaveLength(5000);
    expect(dearestRoute(scenario!).steps).toHaveLength(5000);
  });

  it('a forking chain of 1000 moments: 2^1000 routes, counted exactly and said as "meer dan"', { timeout: GENEROUS }, () => {
    const { scenario, codes, lines } = load(chain(1000, { fork: true }));
    // Values past 0–100 on the best route (SC071, at 5000 such moments) are held by test/fixtures/scenarios/warn-clamp.
    expect(codes).toEqual(['SC041']);
    expect(lines[0]).toContain('van meer dan 1,0 × 10^301 routes');
    expect(rankRoutes(scenario!)?.total).toBe(2n ** 1000n);
    expect(dearestRoute(scenario!).steps).toHaveLength(1000);
  });

  it('a chain of 600 moments with a counter read at the end: one state per moment', { timeout: GENEROUS }, () => {
    const { scenario, codes } = load(chain(600, { counter: true }));
    expect(codes).toEqual([]);
    expect(storyAnalysis(scenario!).pairs).toBe(600);
  });

  it('a wide diamond: routes beyond counting by hand, moments few', { timeout: GENEROUS }, () => {
    const { scenario, codes } = load(wideDiamond(40));
    expect(codes).toEqual(['SC041']);
    const ranking = rankRoutes(scenario!)!;
    expect(ranking.total).toBe(4n * 4n ** 40n);
    expect(ranking.endings.reduce((sum, e) => sum + e.routes, 0n)).toBe(ranking.total);
  });
});
