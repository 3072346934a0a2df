import type { CostItem, Option, Scenario } from '../../domain/scenario/model.ts';
import { pick } from '../../domain/scenario/text.ts';
import { authoredOptionPath } from './authored-path.ts';
import { report } from '../diagnostics/registry.ts';
import type { Draft, Locator } from '../parse/draft.ts';

/** Words that say a rendement reason is about the money itself. */
const MONEY = /goedkoop|goedkoper|duur|duurder|kost|geld|euro|€|bespa|besparing|prijzig/i;
/** From 15 on a delta weighs as much as most of the cost factor (±25); smaller ones may mean "efficient". */
const THRESHOLD = 15;

const costOf = (costs: readonly CostItem[]) => costs.reduce((sum, c) => sum + c.amountCents * c.periods, 0);

/**
 * SC072: the score already adds a cost factor to rendement (up to ±25 against the systeemroute). A delta
 * that rewards the cheapest option of a moment for being cheap, or punishes the dearest for being dear,
 * with a reason about money, counts the same euros twice. A heuristic: a warning, never an error.
 */
export function checkDoubleCount(scenario: Scenario, locate: Locator): Draft[] {
  const drafts: Draft[] = [];
  for (const moment of Object.values(scenario.moments)) {
    const costs = moment.options.map((o: Option) => costOf(o.costs));
    const [min, max] = [Math.min(...costs), Math.max(...costs)];
    if (min === max) continue;
    moment.options.forEach((option, index) => {
      const { delta, reason } = option.values.rendement;
      const text = pick(reason, 'nl');
      if (!MONEY.test(text)) return;
      const where = () => locate(authoredOptionPath(moment, option.id, ['values', 'rendement', 'delta']));
      if (costs[index] === min && delta >= THRESHOLD) drafts.push({ ...where(), ...report('SC072', 'cheap', { delta, reason: text }) });
      else if (costs[index] === max && delta <= -THRESHOLD)
        drafts.push({ ...where(), ...report('SC072', 'dear', { delta, reason: text }) });
    });
  }
  return drafts;
}
