import type { AnalysisBudget } from '../../domain/play/analysis-budget.ts';
import type { RouteRanking } from '../../domain/play/route-analysis.ts';
import { report } from '../diagnostics/registry.ts';
import { formatCount } from './format-count.ts';
import type { Draft, Locator } from '../parse/draft.ts';

/**
 * The game's design rule: always picking the cheapest option must not be the best strategy (SC040).
 * With too many routes to score each, the ranking compares a fixed sample that always holds the
 * always-cheapest route; the message then says so (SC040 'sample', or SC041 when thrift does not win).
 */
export function checkBalance(ranking: RouteRanking | undefined, locate: Locator, budget: AnalysisBudget): Draft[] {
  const best = ranking?.best[0];
  if (!ranking || !best) return [];
  const thrifty = ranking.cheapest.score.overall;
  const params = {
    thrifty,
    best: best.score.overall,
    sample: formatCount(BigInt(ranking.compared)),
    total: formatCount(ranking.total),
    limit: formatCount(BigInt(budget.routes)),
  };
  const where = locate(['moments']);
  if (!ranking.sampled) return thrifty < best.score.overall ? [] : [{ ...where, ...report('SC040', 'all', params) }];
  return [{ ...where, ...(thrifty < best.score.overall ? report('SC041', 'sample', params) : report('SC040', 'sample', params)) }];
}
