import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addDuplicateKeyErrors } from '../../src/authoring/parse/yaml-unique-keys.ts';

const ours = (text: string) => {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: false });
  addDuplicateKeyErrors(doc);
  return doc.errors.map((e) => [e.code, e.pos[0]]);
};
const theirs = (text: string) =>
  parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true }).errors.map((e) => [e.code, e.pos[0]]);

describe('duplicate keys', () => {
  it.each([
    ['none', 'a: 1\nb: { c: 2, d: 3 }\n'],
    ['block map', 'a: 1\nb: 2\na: 3\n'],
    ['nested and flow', 'a:\n  b: 1\n  b: 2\nc: { x: 1, x: 2, y: 3 }\n'],
    ['three times', 'a: 1\na: 2\na: 3\n'],
    ['numbers and quoted names', '1: a\n"1": b\n1: c\n'],
    ['with a syntax error before', 'x: [1, 2\na: 1\na: 2\n'],
  ])('reports the same errors as the yaml package: %s', (_, text) => {
    expect(ours(text)).toEqual(theirs(text));
  });

  it('stays linear in the number of keys in a map', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `v${i}: false`).join('\n') + '\nv7: true\n';
    expect(ours(text)).toEqual([['DUPLICATE_KEY', text.lastIndexOf('v7:')]]);
  });
});
