import { describe, expect, it } from 'vitest';
import { allRoutes } from '../../src/domain/play/route-analysis.ts';
import { playRoutes } from './scenario-properties.ts';
import { scenario, minimalScenario } from './support/scenario-builder.ts';

// every-casus.test.ts plays all routes of a casus in one test: a broken route must still fail it, by name.
describe('playing every route of a casus in one test', () => {
  it('passes a sound casus', () => {
    const scenario = minimalScenario();
    expect(() => playRoutes(scenario, allRoutes(scenario))).not.toThrow();
  });

  it('fails on the first broken route and names it by its choices, keeping the assertion', () => {
    const sound = minimalScenario();
    // The routes the sound casus has, played where finishing after help ends zorgelijk instead of goed.
    const evaluatie = sound.moments.evaluatie!;
    const broken = scenario({
      ...sound,
      moments: [
        sound.moments.intake!,
        {
          ...evaluatie,
          options: evaluatie.options.map((o) => (o.id === 'afronden' ? { ...o, to: { kind: 'ending', id: 'zorgelijk' } } : o)),
        },
      ],
      endings: Object.values(sound.endings),
    });
    const routes = allRoutes(sound);
    expect(routes.map((r) => r.steps.map((s) => s.optionId).join(' → '))).toEqual([
      'begeleiding → afronden',
      'begeleiding → crisis',
      'niets → crisis',
    ]);
    expect(() => playRoutes(broken, routes)).toThrow(
      "route 1 of 3 (begeleiding → afronden ⇒ goed) fails: expected 'zorgelijk' to be 'goed'",
    );
    expect(() => playRoutes(broken, routes.slice(1))).not.toThrow();
  });
});
