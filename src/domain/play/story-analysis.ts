import type { GameState, Scenario } from '../scenario/model.ts';
import { DEFAULT_BUDGET, type AnalysisBudget } from './analysis-budget.ts';
import { linksAreAcyclic, searchCycle } from './story-cycles.ts';
import { compileProgram, endingOf, isEnding, readState, type StoryProgram } from './story-program.ts';
import { exploreStory, type StorySpace } from './story-space.ts';

/** What the walk over every reachable (moment, state) pair found: the facts the story checks report. */
export interface StoryAnalysis {
  readonly program: StoryProgram;
  readonly space: StorySpace;
  /** Every reachable pair was walked and loops were ruled out or found: the lists below are exact. */
  readonly complete: boolean;
  /** Which limit stopped the analysis short: too many states, or the loop search. */
  readonly stopped?: 'states' | 'cells' | 'cycles';
  readonly cycle?: readonly string[];
  /** Per moment where, in some reachable state, no option is open: the first such state found. */
  readonly deadEnds: readonly { readonly moment: string; readonly state: GameState }[];
  /** Exact when complete; otherwise only what no `next`/`ending` link leads to from the start at all. */
  readonly unreachableMoments: readonly string[];
  readonly unreachableEndings: readonly string[];
  /** Options whose `requires` no reachable state meets; empty unless complete. */
  readonly neverOpen: readonly { readonly moment: string; readonly option: string; readonly index: number }[];
  /** (moment, state) pairs walked. */
  readonly pairs: number;
  /** When the loop search ran out of budget: a moment that might lie on a loop. */
  readonly loopUnsettledAt?: string;
  /** The moment with the most states walked, and the variables that tell its states apart. */
  readonly busiest: { readonly moment: string; readonly states: number; readonly variables: readonly string[] };
}

/** Moments and endings some chain of links reaches from the start, ignoring `requires`. */
function linkedFromStart(program: StoryProgram): { moments: Uint8Array; endings: Uint8Array } {
  const moments = new Uint8Array(program.moments.length);
  const endings = new Uint8Array(program.endingIds.length);
  const queue = [program.start];
  moments[program.start] = 1;
  for (let head = 0; head < queue.length; head++) {
    for (const { target } of program.moments[queue[head]!]!.options) {
      if (isEnding(target)) endings[endingOf(target)] = 1;
      else if (target >= 0 && !moments[target]) {
        moments[target] = 1;
        queue.push(target);
      }
    }
  }
  return { moments, endings };
}

/** What the pairs walked reach: moments, endings, options open somewhere, dead ends. */
function walkedFacts(space: StorySpace) {
  const { program } = space;
  const moments = new Uint8Array(program.moments.length);
  const endings = new Uint8Array(program.endingIds.length);
  const open = program.moments.map(({ options }) => new Uint8Array(options.length));
  const deadEnds: { moment: string; state: GameState }[] = [];
  const statesAt = new Int32Array(program.moments.length);
  const deadEndAt = new Uint8Array(program.moments.length);
  space.pairMoment.forEach((m, p) => {
    moments[m] = 1;
    statesAt[m]!++;
    const start = space.edgeStart[p]!;
    if (start < 0) return;
    let any = false;
    for (let o = 0; o < open[m]!.length; o++) {
      const target = space.edges[start + o]!;
      if (target === -1) continue;
      any = true;
      open[m]![o] = 1;
      if (isEnding(target)) endings[endingOf(target)] = 1;
    }
    if (!any && !deadEndAt[m]) {
      deadEndAt[m] = 1;
      deadEnds.push({ moment: program.moments[m]!.moment.id, state: readState(program, m, space.pairValues[p]!) });
    }
  });
  return { moments, endings, open, deadEnds, statesAt };
}

/** The moment where the most is kept: states walked times the variables that tell them apart. */
function busiestMoment(program: StoryProgram, statesAt: Int32Array): StoryAnalysis['busiest'] {
  let best = program.start;
  let bestWeight = -1;
  statesAt.forEach((n, m) => {
    const weight = n === 0 ? 0 : n * Math.max(1, program.liveness.live(m).length);
    if (weight > bestWeight) {
      best = m;
      bestWeight = weight;
    }
  });
  const variables = Array.from(program.liveness.live(best), (v) => program.liveness.variables[v]!);
  return { moment: program.moments[best]!.moment.id, states: statesAt[best]!, variables };
}

export function analyseStory(scenario: Scenario, budget: AnalysisBudget = DEFAULT_BUDGET): StoryAnalysis {
  const program = compileProgram(scenario);
  const space = exploreStory(program, budget);
  let cycle = space.cycle;
  let loopsSettled = true;
  let loopUnsettledAt: string | undefined;
  if (!cycle && !linksAreAcyclic(program)) {
    const search = searchCycle(space, budget);
    cycle = search.cycle;
    loopsSettled = search.settled && (cycle !== undefined || space.stopped === undefined);
    loopUnsettledAt = search.unsettledAt;
  }
  const stopped = space.stopped ?? (loopsSettled ? undefined : 'cycles');
  const complete = stopped === undefined;
  const walked = walkedFacts(space);
  const linked = complete ? walked : linkedFromStart(program);
  const ids = program.moments.map(({ moment }) => moment.id);
  const neverOpen = complete
    ? program.moments.flatMap(({ moment }, m) =>
        !walked.moments[m]
          ? []
          : moment.options.flatMap((option, index) => (walked.open[m]![index] ? [] : [{ moment: moment.id, option: option.id, index }])),
      )
    : [];
  return {
    program,
    space,
    complete,
    ...(stopped ? { stopped } : {}),
    ...(cycle ? { cycle } : {}),
    deadEnds: walked.deadEnds,
    unreachableMoments: ids.filter((_, m) => !linked.moments[m]),
    unreachableEndings: program.endingIds.filter((_, e) => !linked.endings[e]),
    neverOpen,
    pairs: space.pairMoment.length,
    ...(loopUnsettledAt ? { loopUnsettledAt } : {}),
    busiest: busiestMoment(program, walked.statesAt),
  };
}
