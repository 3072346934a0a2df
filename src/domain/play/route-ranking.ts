import { scoreRoute, scoreTotals, type ScoreResult } from '../scoring/score.ts';
import type { AnalysisBudget } from './analysis-budget.ts';
import { greedyRoute } from './greedy-route.ts';
import { GREEDY_ROUTES } from './route-kinds.ts';
import { seededRandom } from './prng.ts';
import type { CompleteRoute, Step } from './route.ts';
import { countRoutes, type EndingRoutes } from './route-counts.ts';
import type { StoryAnalysis } from './story-analysis.ts';
import { centsAt, CLOSED, endingOf, isEnding } from './story-program.ts';
import type { StorySpace } from './story-space.ts';

export interface RankedRoute extends CompleteRoute {
  readonly score: ScoreResult;
}

/**
 * Routes ranked by score. With few enough routes every one is scored; otherwise a sample drawn evenly
 * over all routes (seeded: the same on every run), always with the always-cheapest and always-dearest
 * routes in it. Either way best ≥ cheapest, dearest ≥ worst: all four come from the same routes compared.
 */
export interface RouteRanking {
  /** Every complete route, counted exactly. */
  readonly total: bigint;
  readonly sampled: boolean;
  /** Routes scored: all of them, or the distinct routes in the sample. */
  readonly compared: number;
  /** The highest scores first (ties: the first route in the casus's order). */
  readonly best: readonly RankedRoute[];
  readonly worst: RankedRoute;
  /** Always the cheapest available option, and always the dearest. */
  readonly cheapest: RankedRoute;
  readonly dearest: RankedRoute;
  /** Per ending reached: how many routes end there and their cost range (exact, also when sampled). */
  readonly endings: readonly EndingRoutes[];
}

const SEED = 0x6b6f7374; // "kost"

/**
 * A route as the ranking keeps it until it is shown: option indices from the start pair, or (when every
 * route is ranked) its number in depth-first order, so that a route is spelt out only if it is shown.
 */
interface Candidate {
  readonly choices: readonly number[] | number;
  readonly score: ScoreResult;
}

/** Keeps the `keep` best candidates (earlier ones win ties) and the worst (the first of the lowest). */
class Podium {
  readonly best: Candidate[] = [];
  worst: Candidate | undefined;
  constructor(private readonly keep: number) {}

  offer(candidate: Candidate): void {
    const overall = candidate.score.overall;
    if (!this.worst || overall < this.worst.score.overall) this.worst = candidate;
    if (this.best.length >= this.keep && overall <= this.best[this.best.length - 1]!.score.overall) return;
    let at = this.best.length;
    while (at > 0 && this.best[at - 1]!.score.overall < overall) at--;
    this.best.splice(at, 0, candidate);
    if (this.best.length > this.keep) this.best.pop();
  }
}

/** Scores every route by a depth-first walk over the pairs, keeping running totals per depth. */
function rankAll(space: StorySpace, root: number, podium: Podium): number {
  const { program, pairMoment, edgeStart, edges } = space;
  const stack = [root];
  const cursor = [0];
  const cents = [0];
  const deltas = { legitimiteit: [0], betrokkenheid: [0], rendement: [0] };
  let routes = 0;
  while (stack.length > 0) {
    const depth = stack.length - 1;
    const p = stack[depth]!;
    const options = program.moments[pairMoment[p]!]!.options;
    const o = cursor[depth]!;
    if (o >= options.length) {
      stack.pop();
      cursor.pop();
      continue;
    }
    cursor[depth] = o + 1;
    const target = edges[edgeStart[p]! + o]!;
    if (target === CLOSED) continue;
    const option = options[o]!;
    const c = cents[depth]! + centsAt(program, pairMoment[p]!, o, space.pairValues[p]!);
    const l = deltas.legitimiteit[depth]! + option.deltas.legitimiteit;
    const b = deltas.betrokkenheid[depth]! + option.deltas.betrokkenheid;
    const r = deltas.rendement[depth]! + option.deltas.rendement;
    if (isEnding(target)) {
      const score = scoreTotals({ routeCents: c, deltas: { legitimiteit: l, betrokkenheid: b, rendement: r } }, program.systeemCents);
      podium.offer({ choices: routes++, score });
      continue;
    }
    stack.push(target);
    cursor.push(0);
    cents[depth + 1] = c;
    deltas.legitimiteit[depth + 1] = l;
    deltas.betrokkenheid[depth + 1] = b;
    deltas.rendement[depth + 1] = r;
  }
  return routes;
}

/** Per edge (aligned with space.edges): the share of the routes from its pair that take it. */
function edgeShares(space: StorySpace, log2: Float64Array): Float64Array {
  const { pairMoment, edgeStart, edges, program } = space;
  const shares = new Float64Array(edges.length);
  pairMoment.forEach((m, p) => {
    const start = edgeStart[p]!;
    if (start < 0) return;
    for (let o = 0; o < program.moments[m]!.options.length; o++) {
      const target = edges[start + o]!;
      if (target !== CLOSED) shares[start + o] = 2 ** ((isEnding(target) ? 0 : log2[target]!) - log2[p]!);
    }
  });
  return shares;
}

/** One route drawn so that every complete route is equally likely. */
function drawRoute(space: StorySpace, root: number, shares: Float64Array, random: () => number): number[] {
  const { program, pairMoment, edgeStart, edges } = space;
  const choices: number[] = [];
  for (let p = root; ;) {
    const count = program.moments[pairMoment[p]!]!.options.length;
    const start = edgeStart[p]!;
    let pick = random();
    let chosen = -1;
    for (let o = 0; o < count; o++) {
      if (edges[start + o] === CLOSED) continue;
      chosen = o;
      pick -= shares[start + o]!;
      if (pick < 0) break;
    }
    choices.push(chosen);
    const target = edges[start + chosen]!;
    if (isEnding(target)) return choices;
    p = target;
  }
}

function scoreChoices(space: StorySpace, root: number, choices: readonly number[]): ScoreResult {
  const { program, pairMoment, edgeStart, edges } = space;
  const deltas = { legitimiteit: 0, betrokkenheid: 0, rendement: 0 };
  let cents = 0;
  let p = root;
  for (const o of choices) {
    const option = program.moments[pairMoment[p]!]!.options[o]!;
    cents += centsAt(program, pairMoment[p]!, o, space.pairValues[p]!);
    deltas.legitimiteit += option.deltas.legitimiteit;
    deltas.betrokkenheid += option.deltas.betrokkenheid;
    deltas.rendement += option.deltas.rendement;
    p = edges[edgeStart[p]! + o]!;
  }
  return scoreTotals({ routeCents: cents, deltas }, program.systeemCents);
}

/** The choices of route number `index` in depth-first order, found through the route counts per pair. */
function choicesAt(space: StorySpace, root: number, fromPair: Float64Array, index: number): number[] {
  const { program, pairMoment, edgeStart, edges } = space;
  const choices: number[] = [];
  let left = index;
  for (let p = root; ;) {
    const options = program.moments[pairMoment[p]!]!.options;
    let next = -1;
    for (let o = 0; o < options.length && next < 0; o++) {
      const target = edges[edgeStart[p]! + o]!;
      if (target === CLOSED) continue;
      const routes = isEnding(target) ? 1 : fromPair[target]!;
      if (left >= routes) {
        left -= routes;
        continue;
      }
      choices.push(o);
      if (isEnding(target)) return choices;
      next = target;
    }
    if (next < 0) throw new Error(`Route ${index} does not exist`);
    p = next;
  }
}

function routeOf(space: StorySpace, root: number, choices: readonly number[]): CompleteRoute {
  const { program, pairMoment, edgeStart, edges } = space;
  const steps: Step[] = [];
  let target = root;
  for (const o of choices) {
    const { moment, options } = program.moments[pairMoment[target]!]!;
    steps.push({ momentId: moment.id, optionId: options[o]!.option.id });
    target = edges[edgeStart[target]! + o]!;
  }
  return { steps, endingId: program.endingIds[endingOf(target)]! };
}

function choicesOf(space: StorySpace, route: CompleteRoute): number[] {
  return route.steps.map((step) => {
    const m = space.program.momentIndex.get(step.momentId)!;
    return space.program.moments[m]!.moment.options.findIndex((o) => o.id === step.optionId);
  });
}

/** Ranks the routes of a story walked completely and without loops; undefined otherwise. */
export function rankStory(analysis: StoryAnalysis, budget: AnalysisBudget, keep = 5): RouteRanking | undefined {
  const { space } = analysis;
  const root = space.finished[space.finished.length - 1];
  if (!analysis.complete || analysis.cycle || analysis.deadEnds.length > 0 || root === undefined) return undefined;
  const counts = countRoutes(space);
  if (counts.total === 0n) return undefined;
  const scenario = space.program.scenario;
  const greedy = GREEDY_ROUTES.map((prefer) => {
    const route = greedyRoute(scenario, prefer);
    return { route, choices: choicesOf(space, route), score: scoreRoute(scenario, route.steps) };
  });
  const podium = new Podium(keep);
  const exhaustive = counts.total <= BigInt(budget.routes) && counts.enumerationSteps <= budget.steps;
  let compared: number;
  if (exhaustive) {
    compared = rankAll(space, root, podium);
  } else {
    const seen = new Set<string>();
    const random = seededRandom(SEED);
    const shares = edgeShares(space, counts.log2FromPair);
    for (const { choices, score } of greedy) {
      seen.add(choices.join(','));
      podium.offer({ choices, score });
    }
    let steps = 0;
    for (let draw = 0; draw < budget.sample && steps < budget.steps; draw++) {
      const choices = drawRoute(space, root, shares, random);
      steps += choices.length;
      const key = choices.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      podium.offer({ choices, score: scoreChoices(space, root, choices) });
    }
    compared = seen.size;
  }
  const shown = ({ choices, score }: Candidate): RankedRoute => {
    const spelt = typeof choices === 'number' ? choicesAt(space, root, counts.fromPair, choices) : choices;
    return { ...routeOf(space, root, spelt), score };
  };
  const [cheapest, dearest] = greedy.map((g) => ({ ...g.route, score: g.score }));
  return {
    total: counts.total,
    sampled: !exhaustive,
    compared,
    best: podium.best.map(shown),
    worst: shown(podium.worst!),
    cheapest: cheapest!,
    dearest: dearest!,
    endings: counts.endings,
  };
}
