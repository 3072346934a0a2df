import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestQuote, normaliseQuote } from '../../src/authoring/quote-nearest.ts';
import { nearestQuote as scanEveryPassage } from '../support/reference-nearest-quote.ts';

const vocabulary = ['de', 'het', 'gemeente', 'betaalt', '€', '300', 'per', 'maand', 'uithuis-', 'plaatsing', 'begeleid', 'wonen', ''];
const line = fc.array(fc.constantFrom(...vocabulary), { maxLength: 6 }).map((words) => words.join(' '));

describe('finding a quote in a source text through its index', () => {
  it('finds what scanning every passage finds', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), line.filter((q) => q.trim().length > 0), (lines, quote) => {
        const indexed = nearestQuote(lines, quote);
        const scanned = scanEveryPassage(lines, quote);
        expect(indexed?.kind).toBe(scanned?.kind);
        if (scanned?.kind === 'nearest') expect(indexed).toEqual(scanned);
        // The exact line is where the quote begins: the text from that line on holds it.
        if (indexed?.kind === 'exact') {
          const from = normaliseQuote(lines.slice(indexed.line - 1).join(' '));
          const wanted = normaliseQuote(quote);
          expect(from.includes(wanted) || from.replace(/- /g, '').includes(wanted.replace(/- /g, ''))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
