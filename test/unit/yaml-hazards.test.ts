import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { YAMLParseError, type ErrorCode } from 'yaml';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { loadScenario } from '../../src/authoring/load.ts';
import { yamlReport } from '../../src/authoring/parse/yaml-messages.ts';

const valid = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/minimal-valid.yaml'), 'utf8');

/** Loads the text and returns its diagnostics and how long that took. */
function timed(source: string): { lines: string[]; ms: number } {
  const start = performance.now();
  const { diagnostics } = loadScenario(source, 'x.yaml');
  return { lines: diagnostics.map(formatDiagnostic), ms: performance.now() - start };
}

describe('runaway YAML is answered in Dutch, at its place, within a second', () => {
  const line = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
  it.each([
    ['100,000 open [', `text: ${'['.repeat(100_000)}`, 'x.yaml:1:56'],
    ['100,000 open {', `text: ${'{'.repeat(100_000)}`, 'x.yaml:1:56'],
    ['5,000 closed flow maps', `text: ${'{ a: '.repeat(5000)}1${' }'.repeat(5000)}`, 'x.yaml:1:252'],
    ['5,000 nested block lists', `${'- '.repeat(5000)}x`, 'x.yaml:1:101'],
    ['2,000 indented maps', line(2000), 'x.yaml:51:101'],
  ])('%s', (_, source, where) => {
    const { lines, ms } = timed(source);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${where} error SC055 Hier zit het bestand meer dan 50 niveaus diep in elkaar — `));
    expect(ms).toBeLessThan(1000);
  });

  it('a chain of anchors that nest each other', () => {
    const chain = Array.from({ length: 50 }, (_, i) => (i === 0 ? 'a0: &a0 [x]' : `a${i}: &a${i} [[[[[[[[[[*a${i - 1}]]]]]]]]]]`)).join(
      '\n',
    );
    const { lines, ms } = timed(chain);
    expect(lines).toEqual([
      expect.stringMatching(/^x\.yaml:6:\d+ error SC055 Met de verwijzing \*a4 komt het bestand hier meer dan 50 niveaus diep/),
    ]);
    expect(ms).toBeLessThan(1000);
  });
});

describe('keys the data could not keep', () => {
  it('keeps a condition under requires that would otherwise vanish', () => {
    const source = valid.replace('requires: { hulp: true }', "requires: { hulp: true, '__proto__': { eq: false } }");
    expect(timed(source).lines).toEqual([
      expect.stringMatching(/^x\.yaml:51:33 error SC052 De naam '__proto__' kan niet als sleutel gebruikt worden/),
    ]);
  });

  it('allows the reserved words as ordinary values and inside longer names', () => {
    const source = valid
      .replace('title: Intake', 'title: constructor')
      .replace('  hulp: false', '  hulp: false\n  constructor_bezocht: false');
    expect(timed(source).lines).toEqual([]);
  });

  it("allows a quoted '<<' to be an ordinary (unknown) key", () => {
    expect(timed(valid.replace('  hulp: false', "  hulp: false\n  '<<': 1")).lines.join('\n')).not.toContain('SC054');
  });

  it('allows anchors and aliases as whole values', () => {
    const source = valid
      .replace('payer: gemeente-wmo\n            source', 'payer: &wmo gemeente-wmo\n            source')
      .replace(
        '      payer: gemeente-wmo\n      source: { document: "002", line: 900',
        '      payer: *wmo\n      source: { document: "002", line: 900',
      );
    expect(source).toContain('*wmo');
    expect(timed(source).lines).toEqual([]);
  });
});

describe('parser messages', () => {
  const codes: ErrorCode[] = [
    'ALIAS_PROPS',
    'BAD_ALIAS',
    'BAD_DIRECTIVE',
    'BAD_DQ_ESCAPE',
    'BAD_INDENT',
    'BAD_PROP_ORDER',
    'BAD_SCALAR_START',
    'BLOCK_AS_IMPLICIT_KEY',
    'BLOCK_IN_FLOW',
    'DUPLICATE_KEY',
    'IMPOSSIBLE',
    'KEY_OVER_1024_CHARS',
    'MISSING_CHAR',
    'MULTILINE_IMPLICIT_KEY',
    'MULTIPLE_ANCHORS',
    'MULTIPLE_DOCS',
    'MULTIPLE_TAGS',
    'NON_STRING_KEY',
    'RESOURCE_EXHAUSTION',
    'TAB_AS_INDENT',
    'TAG_RESOLVE_FAILED',
    'UNEXPECTED_TOKEN',
    'BAD_COLLECTION_TYPE',
  ];
  it.each(codes)('%s has Dutch text', (code) => {
    const { message, hint } = yamlReport(
      new YAMLParseError([0, 1], code, 'English words from the parser'),
      code === 'TAG_RESOLVE_FAILED' ? 'warning' : 'error',
    );
    expect(message).not.toMatch(/English|YAML-fout/);
    expect(hint?.length ?? 0).toBeGreaterThan(10);
  });

  it('names the character a value may not start with and the escape YAML does not know', () => {
    expect(timed('text: `code`').lines[0]).toContain('kan niet beginnen met `');
    expect(timed('text: "C:\\map"').lines[0]).toContain("en '\\m' kent YAML niet");
  });
});
