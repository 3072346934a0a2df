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

const passageAt = (lines: readonly string[], index: number) => normaliseQuote(lines.slice(index, index + SPAN).join(' '));
const words = (text: string) => text.split(/[^\p{L}\p{N}€]+/u).filter((w) => w.length > 1);

export type QuoteMatch = { readonly kind: 'exact' | 'nearest'; readonly line: number; readonly excerpt: string };

/** One line of the source, shortened for a message. */
function excerpt(line: string): string {
  const text = line.trim().replace(/\s+/g, ' ');
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

export function nearestQuote(lines: readonly string[], quote: string): QuoteMatch | undefined {
  const wanted = normaliseQuote(quote);
  const wantedWords = [...new Set(words(wanted))];
  let best: { index: number; score: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const passage = passageAt(lines, i);
    if (passage.includes(wanted) || passage.replace(/- /g, '').includes(wanted.replace(/- /g, ''))) {
      // The window may begin before the quote: point at the line that holds its first word.
      const first = wantedWords[0] ?? '';
      let start = i;
      while (start < i + SPAN - 1 && !normaliseQuote(lines[start] ?? '').includes(first)) start++;
      return { kind: 'exact', line: start + 1, excerpt: excerpt(lines[start] ?? '') };
    }
    const present = new Set(words(passage));
    const score = wantedWords.filter((w) => present.has(w)).length;
    if (score > (best?.score ?? 0)) best = { index: i, score };
  }
  // Fewer than half the words in common is no match worth pointing at.
  if (!best || best.score * 2 < wantedWords.length) return undefined;
  // The window may begin on a blank or unrelated line: point at its first line that shares a word.
  const wantedSet = new Set(wantedWords);
  let start = best.index;
  while (start < best.index + SPAN - 1 && !words(normaliseQuote(lines[start] ?? '')).some((w) => wantedSet.has(w))) start++;
  return { kind: 'nearest', line: start + 1, excerpt: excerpt(lines[start] ?? '') };
}
