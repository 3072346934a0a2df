import { describe, expect, it } from 'vitest';
import { decisionsLeft, expectedDecisions } from '../../src/domain/play/decisions-left.ts';
import { checkFolder } from './checked-folder.ts';

const found = checkFolder().files.find((f) => f.scenario?.id === 'twee-zonen')?.scenario;
if (!found) throw new Error('the bundled casus does not load');
const scenario = found;

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
