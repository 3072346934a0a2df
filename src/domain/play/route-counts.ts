import { centsAt, CLOSED, endingOf, isEnding } from './story-program.ts';
import type { StorySpace } from './story-space.ts';

/** Per ending: how many routes end there, and what the cheapest and dearest of them cost. */
export interface EndingRoutes {
  readonly endingId: string;
  readonly routes: bigint;
  readonly minCents: number;
  readonly maxCents: number;
}

export interface RouteCounts {
  /** Every complete route from the start, exactly (it easily passes 2^53). */
  readonly total: bigint;
  /** Per pair: the routes from it to an ending, as a number (exact while below 2^53). */
  readonly fromPair: Float64Array;
  /** Per pair: log2 of that count, to draw routes in proportion without big numbers. */
  readonly log2FromPair: Float64Array;
  /** Steps a depth-first walk past every route would take (shared beginnings walked once). */
  readonly enumerationSteps: number;
  /** Endings some route reaches, in the order the casus lists them. */
  readonly endings: readonly EndingRoutes[];
}

/** log2(Σ 2^t) without leaving floating point range. */
function log2SumExp(terms: readonly number[]): number {
  const top = Math.max(...terms);
  if (top === -Infinity) return -Infinity;
  let sum = 0;
  for (const t of terms) sum += 2 ** (t - top);
  return top + Math.log2(sum);
}

/**
 * Counts routes over the pairs, each pair once (memoised, no recursion): backwards for the routes from
 * each pair, forwards for the routes into each ending and their cost range. Needs a complete, acyclic walk.
 */
export function countRoutes(space: StorySpace): RouteCounts {
  const { program, pairMoment, edgeStart, edges, finished } = space;
  const pairs = pairMoment.length;
  const exact: bigint[] = new Array<bigint>(pairs).fill(0n);
  const fromPair = new Float64Array(pairs);
  const log2FromPair = new Float64Array(pairs).fill(-Infinity);
  const tree = new Float64Array(pairs);
  const optionsOf = (p: number) => program.moments[pairMoment[p]!]!.options;
  for (const p of finished) {
    let count = 0n;
    let steps = 0;
    const terms: number[] = [];
    optionsOf(p).forEach((_, o) => {
      const target = edges[edgeStart[p]! + o]!;
      if (target === CLOSED) return;
      steps += 1;
      if (isEnding(target)) {
        count += 1n;
        terms.push(0);
      } else {
        count += exact[target]!;
        terms.push(log2FromPair[target]!);
        steps += tree[target]!;
      }
    });
    exact[p] = count;
    fromPair[p] = Number(count);
    log2FromPair[p] = log2SumExp(terms);
    tree[p] = steps;
  }
  const root = finished[finished.length - 1];
  const endings = root === undefined ? [] : endingsFrom(space, root);
  return {
    total: root === undefined ? 0n : exact[root]!,
    fromPair,
    log2FromPair,
    enumerationSteps: root === undefined ? 0 : tree[root]!,
    endings,
  };
}

/** Forward over the pairs from the start: routes into each pair and the cheapest and dearest way there. */
function endingsFrom(space: StorySpace, root: number): EndingRoutes[] {
  const { program, pairMoment, edgeStart, edges, finished } = space;
  const pairs = pairMoment.length;
  const pathsTo: bigint[] = new Array<bigint>(pairs).fill(0n);
  const minTo = new Float64Array(pairs).fill(Infinity);
  const maxTo = new Float64Array(pairs).fill(-Infinity);
  pathsTo[root] = 1n;
  minTo[root] = 0;
  maxTo[root] = 0;
  const ending = program.endingIds.map(() => ({ routes: 0n, minCents: Infinity, maxCents: -Infinity }));
  for (let i = finished.length - 1; i >= 0; i--) {
    const p = finished[i]!;
    const options = program.moments[pairMoment[p]!]!.options;
    options.forEach((_option, o) => {
      const target = edges[edgeStart[p]! + o]!;
      if (target === CLOSED) return;
      const cents = centsAt(program, pairMoment[p]!, o, space.pairValues[p]!);
      const low = minTo[p]! + cents;
      const high = maxTo[p]! + cents;
      const into = isEnding(target) ? ending[endingOf(target)]! : undefined;
      if (into) {
        into.routes += pathsTo[p]!;
        into.minCents = Math.min(into.minCents, low);
        into.maxCents = Math.max(into.maxCents, high);
        return;
      }
      pathsTo[target] = pathsTo[target]! + pathsTo[p]!;
      minTo[target] = Math.min(minTo[target]!, low);
      maxTo[target] = Math.max(maxTo[target]!, high);
    });
  }
  return program.endingIds.flatMap((endingId, e) => {
    const found = ending[e]!;
    return found.routes > 0n ? [{ endingId, ...found }] : [];
  });
}
