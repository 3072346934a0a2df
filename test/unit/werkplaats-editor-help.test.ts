import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endingIds, momentAtLine, momentIds } from '../../src/app/werkplaats/scenario-ids.ts';
import { descriptionAt, keysAt, type JsonSchema } from '../../src/app/werkplaats/schema-help.ts';
import { continuesScalar, keyContextAt } from '../../src/app/werkplaats/yaml-key-path.ts';
import { scenarioJsonSchema } from '../../src/authoring/json-schema.ts';

const text = `format: 3
moments:
  begin:
    title: Begin
    options:
      - id: a
        next: eind
        costs:
          - payer: gemeente
            amount: 3
      - id: b
        next: 
endings:
  eind:
    title: Eind`;
const lines = text.split('\n');
const at = (line: number, column = lines[line]!.length) => keyContextAt(lines, line, column);
const schema = scenarioJsonSchema() as JsonSchema;

describe('werkplaats: where the cursor stands in a half-written casus', () => {
  it('reads the key path from indentation, list items counted', () => {
    expect(at(0)).toEqual({ parents: [], key: 'format', inValue: true });
    expect(at(3)).toEqual({ parents: ['moments', 'begin'], key: 'title', inValue: true });
    expect(at(8)).toEqual({ parents: ['moments', 'begin', 'options', 0, 'costs', 0], key: 'payer', inValue: true });
    expect(at(11)).toEqual({ parents: ['moments', 'begin', 'options', 1], key: 'next', inValue: true });
    expect(at(4, 4)).toEqual({ parents: ['moments', 'begin'], inValue: false });
  });

  it('finds the moments, endings and the moment a line belongs to', () => {
    expect(momentIds(lines)).toEqual(['begin']);
    expect(endingIds(lines)).toEqual(['eind']);
    expect(momentAtLine(lines, 6)).toBe('begin');
    expect(momentAtLine(lines, 14)).toBeUndefined();
  });

  it("offers the schema's keys with their Dutch descriptions, also inside lists and records", () => {
    expect(keysAt(schema, []).map((k) => k.key)).toEqual(expect.arrayContaining(['moments', 'endings', 'title', 'start']));
    expect(keysAt(schema, ['moments', 'begin', 'options', 0]).map((k) => k.key)).toEqual(expect.arrayContaining(['id', 'next', 'costs']));
    expect(descriptionAt(schema, ['moments', 'begin', 'title'])).toMatch(/titel van het moment/i);
    expect(descriptionAt(schema, ['moments', 'begin', 'options', 0, 'costs', 0, 'payer'])).toBeTruthy();
  });

  it('knows every key the bundled template uses', () => {
    const template = readFileSync(join(import.meta.dirname, '../../scenarios/sjabloon/sjabloon.yaml'), 'utf8').split('\n');
    template.forEach((line, index) => {
      const context = keyContextAt(template, index, line.length);
      const keys = keysAt(schema, context.parents).map((k) => k.key);
      // A key that is itself a name (a moment, a state variable, a payer) stands in a record: no fixed keys there.
      if (!context.key || keys.length === 0) return;
      expect(keys, `line ${index + 1}: ${line}`).toContain(context.key);
    });
  });

  it('reads no key in the text of a scalar: a block scalar, a plain value going on, a flow mapping in a list', () => {
    const lines = [
      'rules_note: >-',
      '  Sinds 2021 geldt: iets anders.',
      'summary: Een lange tekst',
      '  met meer: woorden',
      'stage:',
      '  - { requires: { x: true }, setting: opvang }',
      'title: x',
    ];
    expect(continuesScalar(lines, 1)).toBe(true);
    expect(keyContextAt(lines, 1, lines[1]!.length).key).toBeUndefined();
    expect(continuesScalar(lines, 3)).toBe(true);
    expect(keyContextAt(lines, 3, lines[3]!.length).key).toBeUndefined();
    expect(keyContextAt(lines, 5, lines[5]!.length).key).toBeUndefined();
    expect(continuesScalar(lines, 6)).toBe(false);
    expect(keyContextAt(lines, 6, lines[6]!.length).key).toBe('title');
  });
});
