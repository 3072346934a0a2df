import { normaliseQuote } from './quote-nearest.ts';

/** How many lines of the source a quote is compared with, from the line that looks most like it. */
const SPAN = 3;
/** How much of the source a message shows around the first difference. */
const SHOWN = 160;
/** How many differences a message spells out. */
const LISTED = 3;
/** Words of the source shown before and after the quote's stretch, so a short quote is seen in its sentence. */
const CONTEXT = 4;

interface Token {
  /** As written in the source or the quote. */
  readonly text: string;
  /** Compared: case, curly quotes and punctuation aside. */
  readonly key: string;
}

const keyOf = (text: string) => normaliseQuote(text).replace(/[^\p{L}\p{N}€%]/gu, '');

function tokens(text: string): Token[] {
  return text
    .split(/\s+/)
    .filter((t) => t !== '')
    .map((t) => ({ text: t, key: keyOf(t) }));
}

/** The source lines as tokens, a word split over a line break by a hyphen ("uithuis-" + "plaatsing") as one. */
function sourceTokens(lines: readonly string[]): Token[] {
  const out: Token[] = [];
  for (const line of lines) {
    const words = tokens(line);
    const last = out[out.length - 1];
    if (last && last.text.endsWith('-') && words[0] && /\p{L}-$/u.test(last.text)) {
      const first = words.shift()!;
      out[out.length - 1] = { text: `${last.text}${first.text}`, key: last.key + first.key };
    }
    out.push(...words);
  }
  return out;
}

type Step =
  | { readonly kind: 'same'; readonly s: number; readonly q: number }
  | { readonly kind: 'source'; readonly s: number }
  | { readonly kind: 'quote'; readonly q: number };

/** A word-by-word alignment (longest common subsequence); source and quote are a few dozen words each. */
function align(source: readonly Token[], quote: readonly Token[]): Step[] {
  const n = source.length;
  const m = quote.length;
  const table = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = source[i]!.key === quote[j]!.key ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && source[i]!.key === quote[j]!.key) steps.push({ kind: 'same', s: i++, q: j++ });
    else if (j < m && (i >= n || table[i]![j + 1]! >= table[i + 1]![j]!)) steps.push({ kind: 'quote', q: j++ });
    else steps.push({ kind: 'source', s: i++ });
  }
  return steps;
}

export interface QuoteDifference {
  /** The source around the quote, the words that differ between ⟨ and ⟩. */
  readonly excerpt: string;
  /** Dutch: what differs, e.g. 'in de bron staat "300" waar het citaat "350" heeft'. */
  readonly difference: string;
}

const quoted = (words: readonly Token[]) => `"${words.map((w) => w.text).join(' ')}"`;

/**
 * Where a quote differs from the passage that looks most like it (starting at 0-based line `start`): the passage
 * with the differing words marked, and the differences in words. The excerpt is never cut before the first difference.
 */
export function quoteDifference(lines: readonly string[], start: number, quote: string): QuoteDifference {
  const source = sourceTokens(lines.slice(start, start + SPAN));
  const wanted = tokens(quote);
  const steps = align(source, wanted);
  const matched = steps.filter((s) => s.kind === 'same');
  // The quote's stretch of the source: from its first to its last word in common (the whole passage if none).
  const from = matched.length > 0 ? (matched[0] as { s: number }).s : 0;
  const to = matched.length > 0 ? (matched[matched.length - 1] as { s: number }).s : source.length - 1;

  const differences: string[] = [];
  const parts: string[] = [];
  let firstMark = -1;
  let inSource: Token[] = [];
  let inQuote: Token[] = [];
  const flush = () => {
    if (inSource.length === 0 && inQuote.length === 0) return;
    if (inSource.length > 0 && inQuote.length > 0)
      differences.push(`in de bron staat ${quoted(inSource)} waar het citaat ${quoted(inQuote)} heeft`);
    else if (inSource.length > 0) differences.push(`in de bron staat ook ${quoted(inSource)}, dat mist in het citaat`);
    else differences.push(`het citaat heeft ${quoted(inQuote)}, dat staat niet in de bron`);
    if (firstMark < 0) firstMark = parts.join(' ').length;
    parts.push(inSource.length > 0 ? `⟨${inSource.map((t) => t.text).join(' ')}⟩` : '⟨⟩');
    inSource = [];
    inQuote = [];
  };
  for (const step of steps) {
    if (step.kind === 'same') {
      flush();
      parts.push(source[step.s]!.text);
    } else if (step.kind === 'source') {
      if (step.s >= from && step.s <= to) inSource.push(source[step.s]!);
    } else inQuote.push(wanted[step.q]!);
  }
  flush();
  const before = source.slice(Math.max(0, from - CONTEXT), from).map((t) => t.text);
  const after = source.slice(to + 1, to + 1 + CONTEXT).map((t) => t.text);
  const prefix = before.length > 0 ? `${from > CONTEXT ? '…' : ''}${before.join(' ')} ` : '';
  if (firstMark >= 0) firstMark += prefix.length;
  let excerpt = `${prefix}${parts.join(' ')}${after.length > 0 ? ` ${after.join(' ')}${to + 1 + CONTEXT < source.length ? '…' : ''}` : ''}`;
  if (excerpt.length > SHOWN) {
    const begin = Math.max(0, Math.min(firstMark - SHOWN / 3, excerpt.length - SHOWN));
    excerpt = `${begin > 0 ? '…' : ''}${excerpt.slice(begin, begin + SHOWN).trim()}${begin + SHOWN < excerpt.length ? '…' : ''}`;
  }
  const listed = differences.slice(0, LISTED);
  if (differences.length > LISTED) listed.push(`en nog ${differences.length - LISTED} verschil(len)`);
  const difference = listed.length > 0 ? listed.join('; ') : 'de woorden zijn gelijk: het verschil zit in leestekens of aanhalingstekens';
  return { excerpt, difference };
}
