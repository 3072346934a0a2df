/** One table row, reused (grown when needed) by every comparison. */
let row = new Int32Array(64);

/**
 * Table cells one check may spend on suggestions (≈ 0.1 s). Each misspelt name is compared with every known
 * one, so 2,500 misspelt names among 2,500 long ones took minutes; once the budget is spent, `closest` suggests
 * nothing and the messages list the known names instead. Every file's check starts with a full budget.
 */
export const SUGGESTION_BUDGET = 20_000_000;
let remaining = SUGGESTION_BUDGET;

/** A fresh budget for the next file's suggestions. */
export function resetSuggestionBudget(): void {
  remaining = SUGGESTION_BUDGET;
}

/**
 * Edit distance between a and b if it is at most `bound`, else bound + 1. Stops as soon as a row of the
 * table exceeds the bound: a file with thousands of misspelt names, each compared with thousands of
 * known ones, stays quick.
 */
function editDistanceWithin(a: string, b: string, bound: number): number {
  if (bound < 0 || Math.abs(a.length - b.length) > bound) return bound + 1;
  if (row.length <= b.length) row = new Int32Array(b.length * 2 + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    remaining -= b.length;
    let previous = row[0]!;
    row[0] = i;
    let lowest = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
      lowest = Math.min(lowest, row[j]!);
    }
    if (lowest > bound) return bound + 1;
  }
  return Math.min(row[b.length]!, bound + 1);
}

/** Known names in lower case, once per list: checks ask about the same list for every misspelt name. */
const lowered = new WeakMap<readonly string[], readonly string[]>();

function lowerCased(known: Iterable<string>): { names: readonly string[]; lower: readonly string[] } {
  const names = Array.isArray(known) ? (known as readonly string[]) : [...known];
  let lower = lowered.get(names);
  if (!lower) {
    lower = names.map((n) => n.toLowerCase());
    lowered.set(names, lower);
  }
  return { names, lower };
}

/** The closest known name, if it is close enough to be a likely typo; on a tie, the first. */
export function closest(name: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const lowerName = name.toLowerCase();
  const { names, lower } = lowerCased(known);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (let i = 0; i < names.length; i++) {
    if (remaining <= 0) return undefined;
    const distance = editDistanceWithin(lowerName, lower[i]!, bestDistance - 1);
    if (distance < bestDistance) {
      best = names[i];
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}
