import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/authoring/load.ts';
import { loadScenarioBytes } from '../../src/authoring/load-bytes.ts';
import { aliasFlood, misspeltNext, replacementFlood, wrongQuotes } from '../support/hostile-text.ts';

/** Line and column (1-based) of the n-th occurrence (1-based) of `needle` in `text`. */
function position(text: string, needle: string, n: number): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(needle, at + 1);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

describe('hostile shapes get their located answer (the time they take is in npm run bench:checker)', () => {
  it('an anchor used 20,000 times: one message, at the alias one past the limit', () => {
    const text = aliasFlood(20_000);
    const { diagnostics } = loadScenario(text, 'anker.yaml');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'SC001', severity: 'error', ...position(text, '*a', 1001) });
    expect(diagnostics[0]!.message).toContain("'&a'");
  });

  it('an alias to an unknown anchor after thousands of good ones is named', () => {
    const text = `${aliasFlood(900)}zz_fout: *onbekend\n`;
    const { diagnostics } = loadScenario(text, 'anker.yaml');
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'SC001',
        message: "Verwijzing '*onbekend' naar een onbekend anker",
        ...position(text, '*onbekend', 1),
      }),
    ]);
  });

  it('an alias inside its own anchor is still refused where it stands', () => {
    const text = `${aliasFlood(10)}zz_kring: &kring [1, *kring]\n`;
    const { diagnostics } = loadScenario(text, 'anker.yaml');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'SC001', message: 'Een anker (&naam) verwijst naar zichzelf', ...position(text, '*kring', 1) }),
    ]);
  });

  it('anchors nesting each other that would write out millions of values are refused', () => {
    const levels = ['zz0: &l0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]'];
    for (let i = 1; i <= 8; i++) levels.push(`zz${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
    const { diagnostics } = loadScenario(`${aliasFlood(1)}${levels.join('\n')}\n`, 'lach.yaml');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'SC001', message: 'Te veel of oneindige verwijzingen (*naam) in dit bestand' }),
    ]);
  });

  it('100,000 genuine U+FFFD characters and one bad byte: the byte is found, with its line and column', () => {
    const { diagnostics } = loadScenarioBytes(replacementFlood(100_000), 'vervanging.yaml');
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'SC050', line: 3, column: 100_009 })]);
    expect(diagnostics[0]!.message).toContain('0xFF');
  });

  it('300 wrong quotes against a long source: each is named, and one standing elsewhere gets its real line', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `regel ${i + 1} van een lange bron over kosten en baten`);
    lines[4321] = 'Het bedrag 7 dat zo nergens staat, staat hier toch.';
    const text = wrongQuotes(300);
    const { diagnostics } = loadScenario(text, 'citaten.yaml', { sources: new Map([['004', lines]]) });
    const quotes = diagnostics.filter((d) => d.code === 'SC027');
    expect(quotes).toHaveLength(300);
    expect(quotes.filter((d) => d.message.includes('maar wel op regel 4322'))).toEqual([
      expect.objectContaining(position(text, '"bedrag 7 dat', 1)),
    ]);
    // The others share most words with that line: pointed at it as the nearest passage, not as found.
    expect(quotes.filter((d) => d.message.includes('het meest gelijkende stuk begint op regel 4322,'))).toHaveLength(299);
  });

  it('misspelt next: names by the thousand are each reported; suggestions stop at their budget, the messages do not', () => {
    const text = misspeltNext(600, 150);
    const { diagnostics } = loadScenario(text, 'tikfouten.yaml');
    const unknown = diagnostics.filter((d) => d.code === 'SC010');
    expect(unknown).toHaveLength(599);
    expect(unknown[0]!.hint).toContain(`bedoelde je 'moment-${'x'.repeat(150)}-2'?`);
    // Past the budget a message lists the moments there are instead of guessing.
    expect(unknown.at(-1)!.hint).toMatch(/en \d+ andere/);
  });
});
