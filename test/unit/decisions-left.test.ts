import { beforeAll, describe, expect, it } from 'vitest';
import { decisionsLeft, expectedDecisions } from '../../src/domain/play/decisions-left.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { bundledScenario } from './checked-folder.ts';

// Compiled when the first test runs, not at collection.
let scenario: Scenario;
beforeAll(() => {
  scenario = bundledScenario('twee-zonen');
});

describe('decisions left', () => {
  it('counts at least one decision from any moment, and never fewer than the most', () => {
    for (const id of Object.keys(scenario.moments)) {
      const { fewest, most } = decisionsLeft(scenario, id);
      expect(fewest).toBeGreaterThanOrEqual(1);
      expect(most).toBeGreaterThanOrEqual(fewest);
    }
  });
  it('expects the decisions taken plus those left', () => {
    const { fewest, most } = decisionsLeft(scenario, scenario.start);
    const expected = expectedDecisions(scenario, scenario.start, 0);
    expect(expected.total).toBe(Math.round((fewest + most) / 2));
    expect(expected.exact).toBe(fewest === most);
  });
});
