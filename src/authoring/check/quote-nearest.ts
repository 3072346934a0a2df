/**
 * Where a quote that is not at its cited line actually is: the same words elsewhere in the source (the line
 * number is wrong), or else the passage that shares most of its words (the quote was retyped or changed).
 * A passage is three lines, as a quote may run over a line break in an extracted PDF.
 */
export const normaliseQuote = (text: string) =>
  text
    .replace(/[\s\u00ad]+/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .trim()
    .toLowerCase();

const SPAN = 3;

const words = (text: string) => text.split(/[^\p{L}\p{N}€]+/u).filter((w) => w.length > 1);

export type QuoteMatch = { readonly kind: 'exact' | 'nearest'; readonly line: number; readonly excerpt: string };

/** One line of the source, shortened for a message. */
function excerpt(line: string): string {
  const text = line.trim().replace(/\s+/g, ' ');
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

/**
 * A source text prepared once for every quote looked up in it: the whole text normalised (so a quote over any
 * line break is found with one search), where each line starts in it, the same without line-break hyphens, and
 * for every word the lines it stands on. Looking up a wrong quote used to normalise the whole document again
 * (≈ 50 ms for document 004, so 3,000 wrong quotes took minutes).
 */
interface SourceIndex {
  readonly text: string;
  /** Offset in `text` where line i starts. */
  readonly starts: Int32Array;
  /** `text` without "- ", and for each of its characters the offset in `text`. */
  readonly joined: string;
  readonly joinedAt: Int32Array;
  readonly lines: readonly string[];
  readonly wordLines: ReadonlyMap<string, readonly number[]>;
}

const indexes = new WeakMap<readonly string[], SourceIndex>();

function indexOf(lines: readonly string[]): SourceIndex {
  const cached = indexes.get(lines);
  if (cached) return cached;
  const starts = new Int32Array(lines.length + 1);
  const parts: string[] = [];
  const wordLines = new Map<string, number[]>();
  let length = 0;
  lines.forEach((line, i) => {
    starts[i] = length;
    const normal = normaliseQuote(line);
    if (normal) {
      parts.push(normal);
      length += normal.length + 1;
    }
    for (const word of new Set(words(normal))) {
      const list = wordLines.get(word);
      if (list) list.push(i);
      else wordLines.set(word, [i]);
    }
  });
  starts[lines.length] = length;
  const text = parts.join(' ');
  const at: number[] = [];
  let joined = '';
  const kept: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '-' && text[i + 1] === ' ') {
      i++;
      continue;
    }
    kept.push(text[i]!);
    at.push(i);
  }
  joined = kept.join('');
  const index: SourceIndex = { text, starts, joined, joinedAt: Int32Array.from(at), lines, wordLines };
  indexes.set(lines, index);
  return index;
}

/** The line (0-based) whose normalised text holds `offset`. */
function lineAt(index: SourceIndex, offset: number): number {
  let low = 0;
  let high = index.lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (index.starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  // Blank lines share their offset with the next line that has text, the last of them: that one is found.
  return low;
}

/** Whether the text from `from` to `to` lies within one passage of SPAN lines (blank lines count, as in a passage). */
const withinPassage = (index: SourceIndex, from: number, to: number) => lineAt(index, to) - lineAt(index, from) < SPAN;

/** The first line where the quote starts verbatim (whitespace, case, line-break hyphens aside), within one passage. */
function exactLine(index: SourceIndex, wanted: string): number | undefined {
  if (!wanted) return undefined;
  const offsets: number[] = [];
  for (let at = index.text.indexOf(wanted); at >= 0; at = index.text.indexOf(wanted, at + 1)) {
    if (withinPassage(index, at, at + wanted.length - 1)) {
      offsets.push(at);
      break;
    }
  }
  const dehyphenated = wanted.replace(/- /g, '');
  for (let at = dehyphenated ? index.joined.indexOf(dehyphenated) : -1; at >= 0; at = index.joined.indexOf(dehyphenated, at + 1)) {
    const from = index.joinedAt[at]!;
    if (withinPassage(index, from, index.joinedAt[at + dehyphenated.length - 1]!)) {
      offsets.push(from);
      break;
    }
  }
  return offsets.length > 0 ? lineAt(index, Math.min(...offsets)) : undefined;
}

export function nearestQuote(lines: readonly string[], quote: string): QuoteMatch | undefined {
  const index = indexOf(lines);
  const wanted = normaliseQuote(quote);
  const exact = exactLine(index, wanted);
  if (exact !== undefined) return { kind: 'exact', line: exact + 1, excerpt: excerpt(lines[exact] ?? '') };
  // Otherwise the passage of SPAN lines that shares most of the quote's words, the first one on a tie.
  const wantedWords = [...new Set(words(wanted))];
  const scores = new Int32Array(lines.length);
  const marked = new Int32Array(lines.length).fill(-1);
  wantedWords.forEach((word, w) => {
    for (const line of index.wordLines.get(word) ?? []) {
      for (let start = Math.max(0, line - SPAN + 1); start <= line; start++) {
        if (marked[start] === w) continue;
        marked[start] = w;
        scores[start]! += 1;
      }
    }
  });
  let best: { index: number; score: number } | undefined;
  scores.forEach((score, i) => {
    if (score > (best?.score ?? 0)) best = { index: i, score };
  });
  // Fewer than half the words in common is no match worth pointing at.
  if (!best || best.score * 2 < wantedWords.length) return undefined;
  // The window may begin on a blank or unrelated line: point at its first line that shares a word.
  const wantedSet = new Set(wantedWords);
  let start = best.index;
  while (start < best.index + SPAN - 1 && !words(normaliseQuote(lines[start] ?? '')).some((w) => wantedSet.has(w))) start++;
  return { kind: 'nearest', line: start + 1, excerpt: excerpt(lines[start] ?? '') };
}
