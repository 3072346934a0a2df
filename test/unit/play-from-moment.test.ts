import { describe, expect, it } from 'vitest';
import { pathToMoment } from '../../src/domain/play/path-to-moment.ts';
import { stateAfter, availableOptions } from '../../src/domain/play/route.ts';
import { restoreSave, createSave } from '../../src/domain/session/save.ts';
import { logForRoute } from '../../src/domain/session/log-for-route.ts';
import { loadScenarioFile } from './load-fixture.ts';

const scenario = loadScenarioFile('scenarios/twee-zonen.yaml');

describe('speel vanaf hier: the shortest playable route to a moment, and a log that stands there', () => {
  it('reaches every moment a player can reach, and the start with no steps', () => {
    expect(pathToMoment(scenario, scenario.start)).toEqual([]);
    for (const momentId of Object.keys(scenario.moments)) {
      const steps = pathToMoment(scenario, momentId);
      if (!steps) continue;
      const last = steps[steps.length - 1];
      if (last) {
        const before = stateAfter(scenario, steps.slice(0, -1));
        const option = availableOptions(scenario, last.momentId, before).find((o) => o.id === last.optionId);
        expect(option?.to, momentId).toEqual({ kind: 'moment', id: momentId });
      }
      const log = logForRoute(scenario, steps);
      expect(log, momentId).not.toBeNull();
      const restored = restoreSave(JSON.stringify(createSave(scenario, log ?? [], new Date(0))), scenario);
      expect(restored.kind === 'ok' && restored.progress.phase, momentId).toBe('deciding');
      expect(restored.kind === 'ok' && restored.progress.momentId, momentId).toBe(momentId);
    }
  });

  it('says "not found" for an unknown moment and refuses a route that cannot be taken', () => {
    expect(pathToMoment(scenario, 'bestaat-niet')).toBeNull();
    expect(logForRoute(scenario, [{ momentId: scenario.start, optionId: 'bestaat-niet' }])).toBeNull();
  });
});
