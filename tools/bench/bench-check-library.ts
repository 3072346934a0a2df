// Times check:scenarios on a library of 100 generated casussen against one casus, as a trainer runs it
// (a new Node process each time, so start-up is in both and the difference is the checking), the same
// in-process, and the route map (--report) of the largest bundled casus. Numbers only, no pass/fail.
// Usage: npm run bench:checker (after the hostile shapes), or tsx tools/bench/bench-check-library.ts [--copies=100]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarioReport } from '../../src/authoring/report/casus-report.ts';
import { loadScenario } from '../../src/authoring/load.ts';
import { loadPayerCatalogue } from '../../src/authoring/payer-catalogue.ts';
import { loadTariffCatalogue } from '../../src/authoring/tariff-catalogue.ts';
import { generatedLibrary } from './generated-library.ts';
import { checkScenarioFiles, scenarioPaths } from '../cli/scenario-files.ts';

const copies = Number(/--copies=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 100);
const GOAL_MS = 1000;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (n: number) => `${Math.round(n)} ms`;

/**
 * One check:scenarios run as `npm run check:scenarios -- TARGET` starts it (without npm itself): wall time, and
 * the CPU time of the process and its children as bash's `times` reports it. On a shared machine the wall time
 * also holds waiting for a core; the CPU time does not.
 */
function cli(target: string, cache: string): { wall: number; cpu: number } {
  const start = performance.now();
  const env = { ...process.env, KOSTENBEWUST_CHECK_CACHE: cache };
  const run = spawnSync('bash', ['-c', 'npx tsx tools/cli/check-scenarios.ts "$1" > /dev/null || exit 1; times', 'bench', target], {
    encoding: 'utf8',
    env,
  });
  const wall = performance.now() - start;
  if (run.status !== 0) throw new Error(`check:scenarios ${target} failed:\n${run.stdout}${run.stderr}`);
  // `times`: the shell's own user and system time, then its children's, as "0m1.234s 0m0.056s".
  const children = run.stdout.trim().split('\n').at(-1) ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, [, m, s]) => sum + Number(m) * 60 + Number(s), 0);
  return { wall, cpu: seconds * 1000 };
}

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const library = generatedLibrary(copies);
try {
  const one = join(library, 'kopie-0.yaml');
  const runs = 3;
  // Cold: every run with an empty result cache (tools/cli/check-cache.ts); warm: the second and later check of the
  // same files, as a trainer re-checks a library after editing one casus.
  const caches: string[] = [];
  const fresh = () => caches[caches.push(mkdtempSync(join(tmpdir(), 'kostenbewust-bench-cache-'))) - 1]!;
  const warm = fresh();
  cli(library, warm);
  const measure = (target: string, cache: () => string) => {
    const results = Array.from({ length: runs }, () => cli(target, cache()));
    return { wall: median(results.map((r) => r.wall)), cpu: median(results.map((r) => r.cpu)) };
  };
  for (const [label, cache] of [
    ['cold (empty cache)', fresh],
    ['warm (cache kept)', () => warm],
  ] as const) {
    const single = measure(one, cache);
    const all = measure(library, cache);
    console.log(
      `\ncheck:scenarios on ${copies} generated casussen (copies of scenarios/*.yaml), ${label}, median of ${runs}, a new process each (wall / CPU):`,
    );
    console.log(`  1 casus: ${ms(single.wall)} / ${ms(single.cpu)}; ${copies} casussen: ${ms(all.wall)} / ${ms(all.cpu)}`);
    console.log(`  beyond start-up: ${ms(all.wall - single.wall)} wall / ${ms(all.cpu - single.cpu)} CPU (goal < ${ms(GOAL_MS)})`);
  }
  console.log(
    `  (load average now: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(', ')})`,
  );
  for (const dir of caches) rmSync(dir, { recursive: true, force: true });

  const paths = scenarioPaths([library]);
  const { payers } = loadPayerCatalogue(readFileSync(join(library, 'gedeeld/betalers.yaml'), 'utf8'), 'betalers.yaml');
  const tariffs = loadTariffCatalogue(readFileSync(join(library, 'tarieven/standaard.yaml'), 'utf8'), 'standaard.yaml');
  checkScenarioFiles(paths.slice(0, 5), undefined, { payers, tariffs }); // warm the JIT
  const inProcess = Array.from({ length: runs }, () => {
    const [wall, cpu] = [performance.now(), cpuNow()];
    checkScenarioFiles(paths, undefined, { payers, tariffs });
    return { wall: performance.now() - wall, cpu: cpuNow() - cpu };
  });
  const cpu = median(inProcess.map((r) => r.cpu));
  console.log(
    `  in one process (no start-up): ${ms(median(inProcess.map((r) => r.wall)))} wall / ${ms(cpu)} CPU for ${paths.length} files, ${ms(cpu / paths.length)} CPU per file`,
  );
} finally {
  rmSync(library, { recursive: true, force: true });
}

const largest = readdirSync('scenarios')
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => join('scenarios', f))
  .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
const { payers } = loadPayerCatalogue(readFileSync('scenarios/gedeeld/betalers.yaml', 'utf8'), 'betalers.yaml');
const tariffs = loadTariffCatalogue(readFileSync('scenarios/tarieven/standaard.yaml', 'utf8'), 'standaard.yaml');
const reportTimes = Array.from({ length: 3 }, () => {
  // with the analysis a fresh load makes: --report follows the check of the same file
  // A fresh load each time: the story analysis is cached per scenario object, and --report starts from none.
  const { scenario, diagnostics, counted } = loadScenario(readFileSync(largest, 'utf8'), largest, { payers, tariffs });
  if (!scenario) throw new Error(`${largest} does not load`);
  const start = performance.now();
  scenarioReport(scenario, diagnostics, counted);
  return performance.now() - start;
});
console.log(
  `route map (--report) of the largest casus, ${largest} (${Math.round(statSync(largest).size / 1024)} kB): ${ms(median(reportTimes))} (median of 3, after its check)`,
);
