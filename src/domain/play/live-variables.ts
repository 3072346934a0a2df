import type { Moment, Scenario } from '../scenario/model.ts';

/**
 * Which state variables can still change what happens from a moment on ("live" variables, as in a
 * compiler's liveness analysis). A variable matters at a moment if some `requires` at that moment or
 * later reads it before an option `set`s it anew. Two states that agree on the live variables offer the
 * same options from there on, so the story analysis keeps only those: a casus that sets many yes/no
 * variables but reads few collapses to a few states per moment, exactly.
 */
export interface Liveness {
  /** Variables some `requires` reads, in the order `state:` declares them. Others never matter. */
  readonly variables: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Indices into `variables` live on arriving at moment `m` (by its index), ascending. */
  live(m: number): Int32Array;
}

function readVariables(scenario: Scenario, moments: readonly Moment[]): string[] {
  const read = new Set<string>();
  for (const moment of moments) {
    for (const option of moment.options) {
      for (const c of option.requires) read.add(c.variable);
      for (const cost of option.costs) for (const c of cost.requires ?? []) read.add(c.variable);
    }
  }
  const declared = Object.keys(scenario.initialState).filter((name) => read.has(name));
  return [...declared, ...[...read].filter((name) => !Object.hasOwn(scenario.initialState, name))];
}

/** Moments in an order where, in an acyclic story, every moment comes after all moments it leads to. */
function successorsFirst(successors: readonly (readonly number[])[]): number[] {
  const order: number[] = [];
  const seen = new Uint8Array(successors.length);
  const stack: number[] = [];
  const cursor: number[] = [];
  for (let root = 0; root < successors.length; root++) {
    if (seen[root]) continue;
    seen[root] = 1;
    stack.push(root);
    cursor.push(0);
    while (stack.length > 0) {
      const top = stack.length - 1;
      const m = stack[top]!;
      const next = successors[m]![cursor[top]!];
      if (next === undefined) {
        order.push(m);
        stack.pop();
        cursor.pop();
        continue;
      }
      cursor[top]!++;
      if (!seen[next]) {
        seen[next] = 1;
        stack.push(next);
        cursor.push(0);
      }
    }
  }
  return order;
}

export function liveVariables(scenario: Scenario, moments: readonly Moment[], momentIndex: ReadonlyMap<string, number>): Liveness {
  const variables = readVariables(scenario, moments);
  const indexOf = new Map(variables.map((name, i) => [name, i]));
  const words = Math.ceil(variables.length / 32);
  const bits = new Uint32Array(moments.length * words);
  // A moment reads what its options' requires read, and what the requires of their costs read (what is booked).
  const reads = moments.map((moment) =>
    moment.options.flatMap((o) => [...o.requires, ...o.costs.flatMap((c) => c.requires ?? [])].map((c) => indexOf.get(c.variable) ?? -1)),
  );
  // Per option that goes on to a moment: that moment's index and the variables the option sets (they die here).
  const edges = moments.map((moment) =>
    moment.options.flatMap((o) => {
      const to = o.to.kind === 'moment' ? momentIndex.get(o.to.id) : undefined;
      if (to === undefined) return [];
      const kills = Object.keys(o.set).flatMap((name) => (indexOf.has(name) ? [indexOf.get(name)!] : []));
      return [{ to, kills }];
    }),
  );
  const predecessors: number[][] = moments.map(() => []);
  edges.forEach((list, m) => list.forEach(({ to }) => predecessors[to]!.push(m)));
  const queue = successorsFirst(edges.map((list) => list.map((e) => e.to)));
  const queued = new Uint8Array(moments.length).fill(1);
  const scratch = new Uint32Array(words);
  const kill = new Uint32Array(words);
  for (let head = 0; head < queue.length; head++) {
    const m = queue[head]!;
    queued[m] = 0;
    scratch.fill(0);
    for (const v of reads[m]!) if (v >= 0) scratch[v >>> 5] = scratch[v >>> 5]! | (1 << (v & 31));
    for (const { to, kills } of edges[m]!) {
      kill.fill(0);
      for (const v of kills) kill[v >>> 5] = kill[v >>> 5]! | (1 << (v & 31));
      for (let w = 0; w < words; w++) scratch[w] = scratch[w]! | (bits[to * words + w]! & ~kill[w]!);
    }
    let changed = false;
    for (let w = 0; w < words; w++) {
      if (bits[m * words + w] !== scratch[w]) {
        changed = true;
        bits[m * words + w] = scratch[w]!;
      }
    }
    if (!changed) continue;
    for (const p of predecessors[m]!) {
      if (queued[p]) continue;
      queued[p] = 1;
      queue.push(p);
    }
  }
  const cache: (Int32Array | undefined)[] = [];
  const live = (m: number): Int32Array => {
    const known = cache[m];
    if (known) return known;
    const list: number[] = [];
    for (let w = 0; w < words; w++) {
      let word = bits[m * words + w]!;
      while (word !== 0) {
        const low = word & -word;
        list.push(w * 32 + 31 - Math.clz32(low));
        word ^= low;
      }
    }
    const result = Int32Array.from(list);
    cache[m] = result;
    return result;
  };
  return { variables, indexOf, live };
}
