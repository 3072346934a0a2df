import type { AnalysisBudget } from './analysis-budget.ts';
import { advance, CLOSED, isEnding, isOpen, stateKey, type StoryProgram, type Values } from './story-program.ts';

/**
 * Every (moment, state) pair a player can reach, each visited once: the story as a graph of pairs.
 * The walk is depth first with an explicit stack (a 5000-moment chain cannot overflow it) and stops,
 * saying so, when the budget runs out. Along the way it notes the first moment a route visits twice.
 */
export interface StorySpace {
  readonly program: StoryProgram;
  /** Per pair: its moment (index into program.moments) and its state. */
  readonly pairMoment: readonly number[];
  readonly pairValues: readonly Values[];
  /**
   * Per pair, where its options' targets start in `edges`: one entry per option of its moment, a pair
   * (≥ 0), an ending (see story-program.ts) or CLOSED. −1 for a pair the walk did not expand.
   */
  readonly edgeStart: readonly number[];
  readonly edges: readonly number[];
  /** Expanded pairs, each after every pair it leads to (a reverse topological order when acyclic). */
  readonly finished: readonly number[];
  /** Undefined when every reachable pair was expanded; else which limit stopped the walk. */
  readonly stopped?: 'states' | 'cells';
  /** Moments (ids) of a route that comes back to a moment it passed: start and end are that moment. */
  readonly cycle?: readonly string[];
}

const NEW = 0;
const ACTIVE = 1;
const DONE = 2;

export function exploreStory(program: StoryProgram, budget: AnalysisBudget): StorySpace {
  const pairMoment: number[] = [];
  const pairValues: Values[] = [];
  const edgeStart: number[] = [];
  const edges: number[] = [];
  const finished: number[] = [];
  const status: number[] = [];
  const index = program.moments.map(() => new Map<string, number>());
  let cells = 0;
  let stopped: StorySpace['stopped'];

  const intern = (m: number, values: Values): number => {
    const key = stateKey(values);
    const known = index[m]!.get(key);
    if (known !== undefined) return known;
    if (pairMoment.length >= budget.states) stopped = 'states';
    else if (cells + values.length > budget.stateCells) stopped = 'cells';
    if (stopped) return -1;
    cells += values.length + 1;
    const id = pairMoment.length;
    pairMoment.push(m);
    pairValues.push(values);
    edgeStart.push(-1);
    status.push(NEW);
    index[m]!.set(key, id);
    return id;
  };

  /** Works out where each option of pair `p` leads; false when the budget ran out on the way. */
  const expand = (p: number): boolean => {
    const m = pairMoment[p]!;
    const values = pairValues[p]!;
    const start = edges.length;
    const options = program.moments[m]!.options;
    for (let o = 0; o < options.length; o++) {
      const { target } = options[o]!;
      if (!isOpen(program, m, o, values)) edges.push(CLOSED);
      else if (isEnding(target)) edges.push(target);
      else {
        const q = intern(target, advance(program, m, o, values));
        if (q < 0) {
          edges.length = start;
          return false;
        }
        edges.push(q);
      }
    }
    edgeStart[p] = start;
    return true;
  };

  const stack: number[] = [];
  const cursor: number[] = [];
  const momentsOnStack = new Int32Array(program.moments.length);
  let cycle: string[] | undefined;
  const push = (p: number): void => {
    status[p] = ACTIVE;
    stack.push(p);
    cursor.push(0);
    momentsOnStack[pairMoment[p]!]!++;
  };
  const root = intern(program.start, program.startValues);
  if (root >= 0) push(root);
  while (stack.length > 0 && !cycle) {
    const top = stack.length - 1;
    const p = stack[top]!;
    if (edgeStart[p]! < 0 && !expand(p)) break;
    const optionCount = program.moments[pairMoment[p]!]!.options.length;
    let descended = false;
    while (cursor[top]! < optionCount && !descended) {
      const q = edges[edgeStart[p]! + cursor[top]!]!;
      cursor[top]!++;
      if (q < 0) continue;
      if (momentsOnStack[pairMoment[q]!]! > 0) {
        cycle = cycleFrom(
          program,
          stack.map((s) => pairMoment[s]!),
          pairMoment[q]!,
        );
        break;
      }
      if (status[q] === NEW) {
        push(q);
        descended = true;
      }
    }
    if (descended || cycle) continue;
    stack.pop();
    cursor.pop();
    status[p] = DONE;
    momentsOnStack[pairMoment[p]!]!--;
    finished.push(p);
  }
  return { program, pairMoment, pairValues, edgeStart, edges, finished, ...(stopped ? { stopped } : {}), ...(cycle ? { cycle } : {}) };
}

/** The moments from `again`'s earlier visit on the path to the visit that closes the loop. */
function cycleFrom(program: StoryProgram, path: readonly number[], again: number): string[] {
  const from = path.lastIndexOf(again);
  return [...path.slice(from), again].map((m) => program.moments[m]!.moment.id);
}

/** Whether pair `p`'s option `o` is open, and where it leads (see StorySpace.edges). */
export function edgeOf(space: StorySpace, p: number, o: number): number {
  const start = space.edgeStart[p]!;
  return start < 0 ? CLOSED : space.edges[start + o]!;
}
