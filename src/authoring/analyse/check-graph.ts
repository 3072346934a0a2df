import { rankRoutes, storyAnalysis } from '../../domain/play/route-analysis.ts';
import { authoredPlace } from './authored-path.ts';
import { checkClamp } from './check-clamp.ts';
import { checkDoubleCount } from './check-double-count.ts';
import { DEFAULT_BUDGET, type AnalysisBudget } from '../../domain/play/analysis-budget.ts';
import type { StoryAnalysis } from '../../domain/play/story-analysis.ts';
import type { Scenario } from '../../domain/scenario/model.ts';
import { checkBalance } from './check-balance.ts';
import { report } from '../diagnostics/registry.ts';
import { formatCount } from './format-count.ts';
import type { Draft, Locator } from '../parse/draft.ts';

/** A state as a trainer writes it under 'state:': "hulp: false en vertrouwen: 2", not JSON. */
function describeState(state: Readonly<Record<string, unknown>>): string {
  const parts = Object.entries(state).map(([name, value]) => `${name}: ${String(value)}`);
  if (parts.length === 0) return 'de beginwaarden gelden';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)!}`;
}

/** SC043: the walk stopped at its budget; say what was not checked and how to make the casus simpler. */
function budgetDraft(analysis: StoryAnalysis, budget: AnalysisBudget, locate: Locator): Draft {
  const { busiest, stopped } = analysis;
  if (stopped === 'cycles') {
    const loop = analysis.loopUnsettledAt ?? busiest.moment;
    return { ...locate(['moments'], loop), ...report('SC043', 'cycles', { moment: loop }) };
  }
  const where = locate(['moments'], busiest.moment);
  const names = busiest.variables.slice(0, 6).join(', ') + (busiest.variables.length > 6 ? ', …' : '');
  const params = { pairs: formatCount(BigInt(analysis.pairs)), moment: busiest.moment, variables: busiest.variables.length, names };
  return stopped === 'cells'
    ? { ...where, ...report('SC043', 'variables', { ...params, limit: formatCount(BigInt(budget.stateCells)) }) }
    : { ...where, ...report('SC043', 'states', { ...params, limit: formatCount(BigInt(budget.states)) }) };
}

/**
 * Checks on the story as a whole, after references are sound: loops, dead ends, unreachable moments
 * and endings, options never open, then whether thrift wins. Every reachable (moment, state) pair is
 * walked once (see src/domain/play/story-analysis.ts); where the budget stops that walk, SC043 says
 * what went unchecked and only what is certain is reported.
 */
export function checkGraph(scenario: Scenario, locate: Locator, budget: AnalysisBudget = DEFAULT_BUDGET): Draft[] {
  const analysis = storyAnalysis(scenario, budget);
  const moment = (id: string) => locate(['moments'], id);
  if (analysis.cycle) {
    const first = analysis.cycle[0] ?? scenario.start;
    return [{ ...moment(first), ...report('SC033', 'cycle', { cycle: analysis.cycle.join(' → ') }) }];
  }
  const drafts: Draft[] = [];
  for (const { moment: id, state } of analysis.deadEnds)
    drafts.push({ ...moment(id), ...report('SC032', 'state', { moment: id, state: describeState(state) }) });
  for (const id of analysis.unreachableMoments) drafts.push({ ...moment(id), ...report('SC030', 'moment', { moment: id }) });
  const reported = new Set<string>();
  for (const { moment: id, option } of analysis.neverOpen) {
    // All arguments of an argued option share its requires: one message for the option as written.
    const authored = scenario.moments[id]!.options.find((o) => o.id === option)?.argued?.optionId ?? option;
    if (reported.has(`${id}/${authored}`)) continue;
    reported.add(`${id}/${authored}`);
    const place = authoredPlace(scenario.moments[id]!, option);
    drafts.push({
      ...locate(['moments', id, 'options', place?.option ?? 0, 'requires']),
      ...report('SC034', 'option', { option: authored }),
    });
  }
  for (const id of analysis.unreachableEndings) drafts.push({ ...locate(['endings'], id), ...report('SC031', 'ending', { ending: id }) });
  if (!analysis.complete) drafts.push(budgetDraft(analysis, budget, locate));
  else if (drafts.every((d) => d.severity !== 'error')) {
    const ranking = rankRoutes(scenario, budget);
    drafts.push(...checkBalance(ranking, locate, budget));
    const best = ranking?.best[0];
    if (best) drafts.push(...checkClamp(scenario, best, locate));
  }
  drafts.push(...checkDoubleCount(scenario, locate));
  return drafts;
}
