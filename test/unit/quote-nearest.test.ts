import { quoteDifference } from '../../src/authoring/check/quote-difference.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestQuote, normaliseQuote } from '../../src/authoring/check/quote-nearest.ts';
import { nearestQuote as scanEveryPassage } from '../support/reference-nearest-quote.ts';

const vocabulary = ['de', 'het', 'gemeente', 'betaalt', '€', '300', 'per', 'maand', 'uithuis-', 'plaatsing', 'begeleid', 'wonen', ''];
const line = fc.array(fc.constantFrom(...vocabulary), { maxLength: 6 }).map((words) => words.join(' '));

describe('finding a quote in a source text through its index', () => {
  it('finds what scanning every passage finds', () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 30 }),
        line.filter((q) => q.trim().length > 0),
        (lines, quote) => {
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
        },
      ),
      // The first counterexample fast-check found: a quote over blank lines, beyond one passage of three lines.
      { numRuns: 500, examples: [[['wonen', '', '', '€', ''], 'wonen €']] },
    );
  });
});

describe('where a quote differs from its nearest passage (SC027)', () => {
  const lines = [
    'Lukt dat niet, dan is de verwachte route een plaatsing in begeleid',
    'wonen, voor ongeveer € 4.600 per maand. Een uithuis-',
    'plaatsing kost meer.',
  ];

  it('marks the differing word even when it lies past the first line of the passage', () => {
    const found = quoteDifference(lines, 0, 'de verwachte route een plaatsing in begeleid wonen, voor ongeveer € 4.800 per maand');
    expect(found.excerpt).toContain('€ ⟨4.600⟩ per maand');
    expect(found.difference).toBe('in de bron staat "4.600" waar het citaat "4.800" heeft');
  });

  it('names missing and extra words, and a word split over a line break counts as one', () => {
    const found = quoteDifference(
      lines,
      0,
      'een plaatsing in begeleid wonen, voor € 4.600 per maand. Een echte uithuisplaatsing kost meer',
    );
    expect(found.difference).toBe(
      'in de bron staat ook "ongeveer", dat mist in het citaat; het citaat heeft "echte", dat staat niet in de bron',
    );
  });

  it('says when only punctuation differs', () => {
    expect(quoteDifference(['per maand. Een'], 0, 'per maand Een').difference).toMatch(/leestekens/);
  });
});
