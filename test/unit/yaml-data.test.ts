import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentData } from '../../src/authoring/yaml-data.ts';
import { chain } from '../support/hostile-scenario.ts';

const parse = (text: string) => parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true });

describe('YAML to data', () => {
  it('gives the same data as the yaml package for a file with many aliases, and leaves the document as it was', () => {
    const text = chain(400);
    const doc = parse(text);
    const before = String(doc);
    expect(documentData(doc)).toEqual(parse(text).toJS({ maxAliasCount: 1000 }));
    expect(String(doc)).toBe(before);
  });

  it('falls back to the yaml package, and its errors, for an alias to an unknown anchor', () => {
    const many = Array.from({ length: 250 }, (_, i) => `  k${i}: *a`).join('\n');
    const doc = parse(`a: &a [1, 2]\nb:\n${many}\n  z: *onbekend\n`);
    expect(() => documentData(doc)).toThrow();
  });

  it('refuses an anchor used more than 1000 times, as the yaml package does', () => {
    const many = Array.from({ length: 1001 }, (_, i) => `  k${i}: *a`).join('\n');
    expect(() => documentData(parse(`a: &a [1, 2]\nb:\n${many}\n`))).toThrow(/alias/i);
  });
});
