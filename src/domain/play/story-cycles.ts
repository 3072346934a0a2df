import type { AnalysisBudget } from './analysis-budget.ts';
import type { StoryProgram } from './story-program.ts';
import type { StorySpace } from './story-space.ts';

/**
 * Loops in the story. The walk in story-space.ts catches a loop on the route it is following; a route
 * that reaches a pair already walked from elsewhere is not followed again, so a loop can hide behind
 * that. These functions close the gap: most stories have no loop at all among their `next` links, and
 * otherwise the moments that could form one are searched pair by pair.
 */

/** Moments left after repeatedly dropping those with no way in or no way out: what loops could pass through. */
function loopCandidates(successors: readonly (readonly number[])[]): number[] {
  const count = successors.length;
  const predecessors: number[][] = successors.map(() => []);
  successors.forEach((list, m) => list.forEach((to) => predecessors[to]!.push(m)));
  const inDegree = Int32Array.from(predecessors, (list) => list.length);
  const outDegree = Int32Array.from(successors, (list) => list.length);
  const removed = new Uint8Array(count);
  const queue: number[] = [];
  for (let m = 0; m < count; m++) if (inDegree[m] === 0 || outDegree[m] === 0) queue.push(m);
  for (let head = 0; head < queue.length; head++) {
    const m = queue[head]!;
    if (removed[m]) continue;
    removed[m] = 1;
    for (const to of successors[m]!) if (!removed[to] && --inDegree[to]! === 0) queue.push(to);
    for (const from of predecessors[m]!) if (!removed[from] && --outDegree[from]! === 0) queue.push(from);
  }
  const left: number[] = [];
  for (let m = 0; m < count; m++) if (!removed[m]) left.push(m);
  return left;
}

/** Whether the `next` links alone, whatever `requires` says, can never form a loop. */
export function linksAreAcyclic(program: StoryProgram): boolean {
  const successors = program.moments.map(({ options }) => [...new Set(options.map((o) => o.target).filter((t) => t >= 0))]);
  return loopCandidates(successors).length === 0;
}

function linksTaken(space: StorySpace): number[][] {
  const seen = space.program.moments.map(() => new Set<number>());
  space.pairMoment.forEach((m, p) => {
    const start = space.edgeStart[p]!;
    if (start < 0) return;
    const count = space.program.moments[m]!.options.length;
    for (let o = 0; o < count; o++) {
      const q = space.edges[start + o]!;
      if (q >= 0) seen[m]!.add(space.pairMoment[q]!);
    }
  });
  return seen.map((set) => [...set]);
}

export interface CycleSearch {
  readonly cycle?: readonly string[];
  /** False when the search ran out of budget before it could rule a loop out. */
  readonly settled: boolean;
  /** When not settled: the moment whose loop search ran out. */
  readonly unsettledAt?: string;
}

/**
 * Looks, over the pairs walked, for a route that passes a moment twice. Exact: the links taken in
 * reachable states are narrowed to the moments that could form a loop, and from each such moment's
 * pairs a breadth-first search looks for a way back to that moment.
 */
export function searchCycle(space: StorySpace, budget: AnalysisBudget): CycleSearch {
  const candidates = loopCandidates(linksTaken(space));
  if (candidates.length === 0) return { settled: true };
  const inLoopPart = new Uint8Array(space.program.moments.length);
  for (const m of candidates) inLoopPart[m] = 1;
  const pairsOf = new Map<number, number[]>();
  space.pairMoment.forEach((m, p) => {
    if (!inLoopPart[m]) return;
    const list = pairsOf.get(m);
    if (list) list.push(p);
    else pairsOf.set(m, [p]);
  });
  // Moments in the order the walk first reached them, so the loop reported is the one a player meets first.
  const order = [...pairsOf.keys()].sort((a, b) => pairsOf.get(a)![0]! - pairsOf.get(b)![0]!);
  const stamp = new Int32Array(space.pairMoment.length).fill(-1);
  const parent = new Int32Array(space.pairMoment.length);
  let work = 0;
  for (const m of order) {
    const queue = [...pairsOf.get(m)!];
    for (const p of queue) {
      stamp[p] = m;
      parent[p] = -1;
    }
    for (let head = 0; head < queue.length; head++) {
      if (++work > budget.loopSearch) return { settled: false, unsettledAt: space.program.moments[m]!.moment.id };
      const p = queue[head]!;
      const start = space.edgeStart[p]!;
      if (start < 0) continue;
      const count = space.program.moments[space.pairMoment[p]!]!.options.length;
      for (let o = 0; o < count; o++) {
        const q = space.edges[start + o]!;
        if (q < 0 || !inLoopPart[space.pairMoment[q]!]) continue;
        if (space.pairMoment[q] === m) return { cycle: loopThrough(space, parent, p, m), settled: true };
        if (stamp[q] === m) continue;
        stamp[q] = m;
        parent[q] = p;
        queue.push(q);
      }
    }
  }
  return { settled: true };
}

function loopThrough(space: StorySpace, parent: Int32Array, last: number, m: number): string[] {
  const moments: number[] = [m];
  for (let p = last; p >= 0; p = parent[p]!) moments.push(space.pairMoment[p]!);
  return moments.reverse().map((i) => space.program.moments[i]!.moment.id);
}
