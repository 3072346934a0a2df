// Times the scenario checker on hostile casus shapes and on scenarios/*.yaml: loadScenario (every check,
// the story analysis included) and the --routes report, per shape, beside the 5 s target for any file
// under 1 MB. Prints numbers only; there is no pass/fail.
// Usage: npm run bench:checker [-- --runs N] [--only TEXT]
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { LoadResult } from '../../src/authoring/load.ts';
import { loadScenarioBytes } from '../../src/authoring/load-bytes.ts';
import { binaryMoments, chain, manyVariables, wideDiamond } from '../../test/support/hostile-scenario.ts';
import { aliasFlood, misspeltNext, oversized, replacementFlood, unknownKeys, wrongQuotes } from '../../test/support/hostile-text.ts';
import { routeReport } from '../cli/route-report.ts';
import { readSourceTexts, scenarioPaths } from '../cli/scenario-files.ts';

const TARGET_MS = 5000;
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number(process.argv[runsAt + 1]) || 1) : 3;
const onlyAt = process.argv.indexOf('--only');
/** `--only TEXT`: just the shapes whose name contains TEXT (to time one shape while fixing it). */
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '') : '';

const seeds = join(import.meta.dirname, '../../../shared/seeds');
const sources = existsSync(seeds) ? readSourceTexts(seeds) : undefined;
const encoder = new TextEncoder();
const text = (make: () => string) => () => encoder.encode(make());

/** Each shape is made once, as the bytes of a file; the quote shapes are checked against the seed texts. */
const shapes: [string, () => Uint8Array][] = [
  ...scenarioPaths(['scenarios']).map((path): [string, () => Uint8Array] => [path, () => readFileSync(path)]),
  ['binaryMoments(30), niet gelezen', text(() => binaryMoments(30))],
  ['binaryMoments(30), vorige gelezen', text(() => binaryMoments(30, 'previous'))],
  ['binaryMoments(30), alle aan het eind', text(() => binaryMoments(30, 'all-at-end'))],
  ['binaryMoments(2000), alle aan het eind', text(() => binaryMoments(2000, 'all-at-end'))],
  ['chain(5000)', text(() => chain(5000))],
  ['chain(5000), splitsend', text(() => chain(5000, { fork: true }))],
  ['chain(3000), met teller', text(() => chain(3000, { counter: true }))],
  ['wideDiamond(600)', text(() => wideDiamond(600))],
  ['manyVariables(25000)', text(() => manyVariables(25000))],
  ['aliasFlood(20000): één anker', text(() => aliasFlood(20_000))],
  ['aliasFlood(200000): één anker', text(() => aliasFlood(200_000))],
  ['replacementFlood(50000): U+FFFD', () => replacementFlood(50_000)],
  ['replacementFlood(300000): U+FFFD', () => replacementFlood(300_000)],
  [`wrongQuotes(200)${sources ? '' : ' (zonder bronnen)'}`, text(() => wrongQuotes(200))],
  [`wrongQuotes(3000)${sources ? '' : ' (zonder bronnen)'}`, text(() => wrongQuotes(3000))],
  ['misspeltNext(2200): next-tikfouten', text(() => misspeltNext(2200))],
  ['unknownKeys(100000)', text(() => unknownKeys(100_000))],
  ['unknownKeys(200000): boven 1 MB', text(() => unknownKeys(200_000))],
  ['oversized(30 MB)', () => oversized(30 * 1024 * 1024)],
];

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

function once(bytes: Uint8Array, name: string): { check: number; report: number; codes: string } {
  const start = performance.now();
  const { scenario, diagnostics }: LoadResult = loadScenarioBytes(bytes, name, sources ? { sources } : {});
  const checked = performance.now();
  if (scenario) routeReport(scenario);
  const reported = performance.now();
  const codes = `${[...new Set(diagnostics.map((d) => d.code))].join(' ') || '-'} (${diagnostics.length})`;
  return { check: checked - start, report: reported - checked, codes };
}

// Warm the JIT on the bundled casus so the first shape is not charged for it.
once(readFileSync(scenarioPaths(['scenarios'])[0]!), 'warm-up');
console.log(
  `checker benchmark: median of ${runs} run(s), ${availableParallelism()} core(s), node ${process.version}; target < ${TARGET_MS} ms per file under 1 MB`,
);
console.log(
  `${'shape'.padEnd(42)} ${'size'.padStart(8)} ${'check'.padStart(8)} ${'report'.padStart(8)} ${'total'.padStart(8)} ${'max'.padStart(8)}  target  codes`,
);
for (const [name, make] of shapes.filter(([name]) => name.includes(only))) {
  const bytes = make();
  const results = Array.from({ length: runs }, () => once(bytes, name));
  const totals = results.map((r) => r.check + r.report);
  const worst = Math.max(...totals);
  const verdict = bytes.length >= 1024 * 1024 ? 'n.v.t.' : worst < TARGET_MS ? 'ok' : 'TE TRAAG';
  const ms = (n: number) => `${Math.round(n)} ms`.padStart(8);
  console.log(
    `${name.padEnd(42)} ${kb(bytes.length).padStart(8)} ${ms(median(results.map((r) => r.check)))} ${ms(median(results.map((r) => r.report)))} ${ms(median(totals))} ${ms(worst)}  ${verdict.padEnd(6)}  ${results[0]!.codes}`,
  );
}
