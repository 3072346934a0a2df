/** FNV-1a: a stable small hash so a figure keeps its looks across sessions. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A deterministic stream of numbers in [0, 1) seeded by a string. */
export function seededRandom(seed: string): () => number {
  let state = hashString(seed) || 1;
  return () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

/** Picks one item of a non-empty list. */
export function pickFrom<T>(items: readonly [T, ...T[]], random: () => number): T {
  return items[Math.floor(random() * items.length) % items.length] ?? items[0];
}
