import type { Scenario } from '../scenario/model.ts';

export interface DecisionsLeft {
  readonly fewest: number;
  readonly most: number;
}

/**
 * How many decisions remain from a moment, this one included, over every route to an ending (conditions
 * ignored: this is for "decision 3 of ~5", not for scoring). A loop in the story counts each moment once.
 */
export function decisionsLeft(scenario: Scenario, momentId: string): DecisionsLeft {
  const memo = new Map<string, DecisionsLeft>();
  const visit = (id: string, path: ReadonlySet<string>): DecisionsLeft => {
    const known = memo.get(id);
    if (known) return known;
    const moment = scenario.moments[id];
    if (!moment || path.has(id)) return { fewest: 0, most: 0 };
    const inner = new Set(path).add(id);
    const after = moment.options.map((o) => (o.to.kind === 'moment' ? visit(o.to.id, inner) : { fewest: 0, most: 0 }));
    const result = {
      fewest: 1 + Math.min(...after.map((a) => a.fewest)),
      most: 1 + Math.max(...after.map((a) => a.most)),
    };
    memo.set(id, result);
    return result;
  };
  return visit(momentId, new Set());
}

/** The expected total number of decisions on this route, as shown to the player ("of ~5"). */
export function expectedDecisions(
  scenario: Scenario,
  momentId: string,
  taken: number,
): { readonly total: number; readonly exact: boolean } {
  const { fewest, most } = decisionsLeft(scenario, momentId);
  return { total: taken + Math.round((fewest + most) / 2), exact: fewest === most };
}
