import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Diagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { DIAGNOSTICS } from '../../src/authoring/diagnostics/registry.ts';
import { loadScenarioBytes } from '../../src/authoring/load-bytes.ts';
import { loadPayerCatalogue } from '../../src/authoring/catalogues/payer-catalogue.ts';
import { bundledScenarios } from './checked-folder.ts';
import { holds } from './support/holds.ts';

// Bad input, generated: whatever bytes a trainer (or a broken editor) saves, the loader never throws and
// returns either a model or located diagnostics from the registry. The seed is fixed, so a failure repeats.
const SEED = 20261123;
const RUNS = 300;
const { payers } = loadPayerCatalogue(readFileSync(join(bundledScenarios, 'gedeeld/betalers.yaml'), 'utf8'), 'betalers.yaml');
const valid = [
  readFileSync(join(import.meta.dirname, '../fixtures/scenarios/minimal-valid.yaml'), 'utf8'),
  readFileSync(join(bundledScenarios, 'sjabloon/sjabloon.yaml'), 'utf8'),
];
const encoder = new TextEncoder();
let cases = 0;

function loaderHolds(bytes: Uint8Array): void {
  cases++;
  const result = loadScenarioBytes(bytes, 'casus.yaml', { payers });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  holds(result.scenario === undefined ? errors.length > 0 : errors.length === 0, () =>
    expect(result.scenario === undefined, 'a model exactly when there is no error').toBe(errors.length > 0),
  );
  for (const d of result.diagnostics) holds(isLocated(d), () => located(d));
}

const isLocated = (d: Diagnostic): boolean =>
  d.file === 'casus.yaml' &&
  Number.isInteger(d.line) &&
  d.line >= 1 &&
  Number.isInteger(d.column) &&
  d.column >= 1 &&
  Object.hasOwn(DIAGNOSTICS, d.code) &&
  d.message.trim() !== '' &&
  d.code !== 'SC000';

/** The assertions `isLocated` stands for, with their messages: run when it says no. */
function located(d: Diagnostic): void {
  expect(d.file).toBe('casus.yaml');
  expect(Number.isInteger(d.line) && d.line >= 1, `line of ${d.code}`).toBe(true);
  expect(Number.isInteger(d.column) && d.column >= 1, `column of ${d.code}`).toBe(true);
  expect(Object.hasOwn(DIAGNOSTICS, d.code), d.code).toBe(true);
  expect(d.message.trim()).not.toBe('');
  expect(d.code).not.toBe('SC000');
}

/**
 * Any Unicode scalar value: what fast-check's `unit: 'binary'` draws, as a plain mapped integer. That unit builds a
 * reverse map of all 1.1 million code points the first time it is used (1–2 s, a third of this file's time).
 */
const SURROGATES = 0xe000 - 0xd800;
const codePoint = fc.integer({ min: 0, max: 0x10ffff - SURROGATES }).map((n) => String.fromCodePoint(n < 0xd800 ? n : n + SURROGATES));

/** Text a slip could type. */
const snippet = fc.oneof(
  fc.string({ unit: codePoint, maxLength: 12 }),
  fc.constantFrom(
    ':',
    ': ',
    '- ',
    '"',
    "'",
    '“',
    '”',
    '\t',
    '\n',
    '  ',
    '{',
    '[',
    '&a ',
    '*a',
    '<<: ',
    '---\n',
    '!!binary ',
    '#',
    '\u00a0',
    '6.500',
    'ja',
    '002',
    'until: einde',
    'volgend_moment',
    'format: 1',
    'format: 3',
  ),
);

/** Edits a trainer's slip could make: delete, insert, replace, re-indent, duplicate or swap lines, cut off. */
const mutation = (text: string) => {
  const position = fc.nat({ max: text.length });
  return fc.oneof(
    fc.tuple(position, fc.nat({ max: 40 })).map(([at, n]) => text.slice(0, at) + text.slice(at + n)),
    fc.tuple(position, snippet).map(([at, s]) => text.slice(0, at) + s + text.slice(at)),
    fc.tuple(position, snippet).map(([at, s]) => text.slice(0, at) + s + text.slice(at + 1)),
    fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })).map(([n, shift]) => {
      const lines = text.split('\n');
      const i = n % lines.length;
      lines[i] = shift >= 0 ? ' '.repeat(shift) + lines[i] : lines[i]!.slice(-shift);
      return lines.join('\n');
    }),
    fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => {
      const lines = text.split('\n');
      const [i, j] = [a % lines.length, b % lines.length];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }),
    fc.nat().map((n) => {
      const lines = text.split('\n');
      const i = n % lines.length;
      return [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join('\n');
    }),
    position.map((at) => text.slice(0, at)),
  );
};

/** One to three mutations of a valid file. */
const mutated = fc.constantFrom(...valid).chain((text) =>
  mutation(text).chain((once) =>
    fc.oneof(
      fc.constant(once),
      mutation(once),
      mutation(once).chain((twice) => mutation(twice)),
    ),
  ),
);

afterAll(() => {
  // The issue asks how many cases ran: say it where the test run is read.
  console.warn(`loader properties: ${cases} generated cases checked`);
});

describe('the loader on generated bad input (fast-check)', () => {
  it('mutated valid casus files: a model or located diagnostics, never a throw', () => {
    fc.assert(
      fc.property(mutated, (text) => loaderHolds(encoder.encode(text))),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it('random text, random bytes and random YAML data: a model or located diagnostics, never a throw', () => {
    const documents = fc.oneof(
      fc.string({ unit: codePoint, maxLength: 400 }).map((s) => encoder.encode(s)),
      fc.uint8Array({ maxLength: 400 }),
      fc.jsonValue({ maxDepth: 6 }).map((v) => encoder.encode(stringify(v))),
      fc
        .dictionary(
          fc.constantFrom(
            'format',
            'id',
            'title',
            'moments',
            'endings',
            'start',
            'horizon_months',
            'payers',
            'state',
            'systeemroute',
            'household',
            'source',
          ),
          fc.jsonValue({ maxDepth: 4 }),
        )
        .map((v) => encoder.encode(stringify(v))),
    );
    fc.assert(
      fc.property(documents, (bytes) => loaderHolds(bytes)),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  }, 120_000);
});
