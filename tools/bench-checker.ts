// Times the scenario checker on hostile casus shapes and on scenarios/*.yaml: loadScenario (every check,
// the story analysis included) and the --routes report, per shape, beside the 5 s target for any file
// under 1 MB. Prints numbers only; there is no pass/fail.
// Usage: npm run bench:checker [-- --runs N]
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { loadScenario } from '../src/authoring/load.ts';
import { binaryMoments, chain, manyVariables, wideDiamond } from '../test/support/hostile-casus.ts';
import { routeReport } from './route-report.ts';
import { scenarioPaths } from './scenario-files.ts';

const TARGET_MS = 5000;
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number(process.argv[runsAt + 1]) || 1) : 3;

const shapes: [string, () => string][] = [
  ...scenarioPaths(['scenarios']).map((path): [string, () => string] => [path, () => readFileSync(path, 'utf8')]),
  ['binaryMoments(30), niet gelezen', () => binaryMoments(30)],
  ['binaryMoments(30), vorige gelezen', () => binaryMoments(30, 'previous')],
  ['binaryMoments(30), alle aan het eind', () => binaryMoments(30, 'all-at-end')],
  ['binaryMoments(2000), alle aan het eind', () => binaryMoments(2000, 'all-at-end')],
  ['chain(5000)', () => chain(5000)],
  ['chain(5000), splitsend', () => chain(5000, { fork: true })],
  ['chain(3000), met teller', () => chain(3000, { counter: true })],
  ['wideDiamond(600)', () => wideDiamond(600)],
  ['manyVariables(25000)', () => manyVariables(25000)],
];

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

function once(text: string, name: string): { check: number; report: number; codes: string } {
  const start = performance.now();
  const { scenario, diagnostics } = loadScenario(text, name);
  const checked = performance.now();
  if (scenario) routeReport(scenario);
  const reported = performance.now();
  const codes = [...new Set(diagnostics.map((d) => d.code))].join(' ') || '-';
  return { check: checked - start, report: reported - checked, codes };
}

// Warm the JIT on the bundled casus so the first shape is not charged for it.
once(readFileSync(scenarioPaths(['scenarios'])[0]!, 'utf8'), 'warm-up');
console.log(`checker benchmark: median of ${runs} run(s), ${availableParallelism()} core(s), node ${process.version}; target < ${TARGET_MS} ms per file under 1 MB`);
console.log(`${'shape'.padEnd(40)} ${'size'.padStart(8)} ${'check'.padStart(8)} ${'report'.padStart(8)} ${'total'.padStart(8)} ${'max'.padStart(8)}  target  codes`);
for (const [name, make] of shapes) {
  const text = make();
  const results = Array.from({ length: runs }, () => once(text, name));
  const totals = results.map((r) => r.check + r.report);
  const worst = Math.max(...totals);
  const verdict = text.length >= 1024 * 1024 ? 'n.v.t.' : worst < TARGET_MS ? 'ok' : 'TE TRAAG';
  const ms = (n: number) => `${Math.round(n)} ms`.padStart(8);
  console.log(
    `${name.padEnd(40)} ${kb(text.length).padStart(8)} ${ms(median(results.map((r) => r.check)))} ${ms(median(results.map((r) => r.report)))} ${ms(median(totals))} ${ms(worst)}  ${verdict.padEnd(6)}  ${results[0]!.codes}`,
  );
}
