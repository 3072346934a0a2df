import { applyStateEffects, isAvailable } from '../domain/play/conditions.ts';
import { allRoutes, bestRoute, cheapestRoute } from '../domain/play/route-analysis.ts';
import { scoreRoute } from '../domain/scoring/score.ts';
import type { GameState, Scenario } from '../domain/scenario/model.ts';
import type { PathSegment } from './yaml-locate.ts';
import type { Draft, Locator } from './zod-diagnostics.ts';

interface Exploration {
  readonly reachedMoments: Set<string>;
  readonly reachedEndings: Set<string>;
  readonly usedOptions: Set<string>;
  readonly deadEnds: Map<string, GameState>;
  readonly cycle?: readonly string[];
}

/** Walks every (moment, state) pair a player can reach; the moment graph must be acyclic. */
function explore(scenario: Scenario): Exploration {
  const result: Exploration & { cycle?: string[] } = {
    reachedMoments: new Set(),
    reachedEndings: new Set(),
    usedOptions: new Set(),
    deadEnds: new Map(),
  };
  const visited = new Set<string>();
  const onPath: string[] = [];
  const visit = (momentId: string, state: GameState): void => {
    if (result.cycle) return;
    if (onPath.includes(momentId)) {
      result.cycle = [...onPath.slice(onPath.indexOf(momentId)), momentId];
      return;
    }
    const key = `${momentId}|${JSON.stringify(state)}`;
    if (visited.has(key)) return;
    visited.add(key);
    const moment = scenario.moments[momentId];
    if (!moment) return;
    result.reachedMoments.add(momentId);
    const available = moment.options.filter((o) => isAvailable(o, state));
    if (available.length === 0 && !result.deadEnds.has(momentId)) result.deadEnds.set(momentId, state);
    onPath.push(momentId);
    for (const option of available) {
      result.usedOptions.add(`${momentId}/${option.id}`);
      if (option.to.kind === 'ending') result.reachedEndings.add(option.to.id);
      else visit(option.to.id, applyStateEffects(option, state));
    }
    onPath.pop();
  };
  visit(scenario.start, scenario.initialState);
  return result;
}

/** Reachability, dead ends and cycles: checks on the whole story, after references are sound. */
export function checkGraph(scenario: Scenario, locate: Locator): Draft[] {
  const drafts: Draft[] = [];
  const at = (path: PathSegment[]) => (path.length === 2 ? locate(path.slice(0, 1), String(path[1])) : locate(path));
  const found = explore(scenario);
  if (found.cycle) {
    const first = found.cycle[0] ?? scenario.start;
    drafts.push({ ...at(['moments', first]), severity: 'error', code: 'SC033', message: `De verhaallijn loopt in een kring: ${found.cycle.join(' → ')}`, hint: 'een casus loopt vooruit in de tijd: laat een keuze naar een later moment of een einde gaan' });
    return drafts;
  }
  for (const [momentId, state] of found.deadEnds) {
    drafts.push({ ...at(['moments', momentId]), severity: 'error', code: 'SC032', message: `Doodlopend: in '${momentId}' is geen enkele keuze beschikbaar bij toestand ${JSON.stringify(state)}`, hint: "geef minstens één keuze zonder 'requires', of pas de voorwaarden aan" });
  }
  for (const moment of Object.values(scenario.moments)) {
    if (!found.reachedMoments.has(moment.id)) {
      drafts.push({ ...at(['moments', moment.id]), severity: 'warning', code: 'SC030', message: `Moment '${moment.id}' is onbereikbaar`, hint: "verwijs ernaar met 'next:' vanuit een ander moment, of verwijder het" });
      continue;
    }
    moment.options.forEach((option, index) => {
      if (!found.usedOptions.has(`${moment.id}/${option.id}`)) {
        drafts.push({ ...at(['moments', moment.id, 'options', index, 'requires']), severity: 'warning', code: 'SC034', message: `Keuze '${option.id}' is nooit beschikbaar: aan 'requires' wordt op geen enkele route voldaan`, hint: 'controleer de voorwaarden en de toestanden die eerdere keuzes zetten' });
      }
    });
  }
  for (const ending of Object.values(scenario.endings)) {
    if (!found.reachedEndings.has(ending.id)) {
      drafts.push({ ...at(['endings', ending.id]), severity: 'warning', code: 'SC031', message: `Einde '${ending.id}' is onbereikbaar`, hint: "verwijs ernaar met 'ending:' vanuit een keuze, of verwijder het" });
    }
  }
  if (drafts.every((d) => d.severity !== 'error')) drafts.push(...checkBalance(scenario, locate));
  return drafts;
}

/** The game's design rule: always picking the cheapest option must not be the best strategy. */
const ROUTE_LIMIT = 100_000;

function checkBalance(scenario: Scenario, locate: Locator): Draft[] {
  const routes = allRoutes(scenario, ROUTE_LIMIT + 1);
  if (routes.length > ROUTE_LIMIT) {
    return [{ ...locate(['moments']), severity: 'info', code: 'SC041', message: `Meer dan ${ROUTE_LIMIT} routes: niet gecontroleerd of zuinigheid wint`, hint: 'dat is geen fout; test de balans door de casus te spelen' }];
  }
  const thrifty = scoreRoute(scenario, cheapestRoute(scenario).steps).overall;
  const best = bestRoute(scenario, routes).overall;
  if (thrifty < best) return [];
  return [{
    ...locate(['moments']),
    severity: 'warning',
    code: 'SC040',
    message: `Zuinigheid wint: steeds de goedkoopste keuze scoort ${thrifty}, de beste route ${best}`,
    hint: 'kostenbewust, maar sla niet door: laat de goedkoopste keuzes iets kosten in legitimiteit of betrokkenheid',
  }];
}
