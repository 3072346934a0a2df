import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { allRoutes, rankRoutes, type CompleteRoute } from '../../src/domain/play/route-analysis.ts';
import { systeemrouteCents } from '../../src/domain/scoring/score.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { scenarioProperties, playRoutes } from './scenario-properties.ts';
import { bundledScenarioFiles, bundledFile, checkFolder, type CheckedFolder } from './checked-folder.ts';
import { debriefProperties } from './debrief-properties.ts';

/** Routes played through the session per casus: all of them up to this many, else an even spread. */
const PLAYED_ROUTES = 48;

/**
 * The routes the session plays to the debrief: every route of a small casus; of a large one an even spread over its
 * routes in the casus's order, always with the first and the last, and every ending reached at least once, while the
 * properties above still walk every route. 48 per casus, not 80: with 16 casussen the unit suite stays near 30 s, and
 * the session has no casus-specific code, so a save round trip that fails on some route fails on routes like it.
 */
function playedRoutes(scenario: Scenario): CompleteRoute[] {
  const all = allRoutes(scenario);
  if (all.length <= PLAYED_ROUTES) return all;
  const picked = new Set(Array.from({ length: PLAYED_ROUTES }, (_, i) => Math.round((i * (all.length - 1)) / (PLAYED_ROUTES - 1))));
  for (const ending of new Set(all.map((r) => r.endingId))) picked.add(all.findIndex((r) => r.endingId === ending));
  return [...picked].sort((a, b) => a - b).map((i) => all[i]!);
}

// Every file in scenarios/, found at test time: a new casus is covered by adding the file. Only listed at collection
// (test names); the folder is checked once, when the first test runs.
const listed = bundledScenarioFiles();
const errorsOf = (diagnostics: readonly Parameters<typeof formatDiagnostic>[0][]) =>
  diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);

describe('the scenarios folder', () => {
  let catalogue: CheckedFolder['catalogue'];
  let files: CheckedFolder['files'] = [];
  beforeAll(() => ({ catalogue, files } = checkFolder()));

  it('has at least one casus and a payer catalogue without errors', () => {
    expect(files.length).toBeGreaterThan(0);
    // The casussen named below at collection are exactly the files the checker checks.
    expect(listed).toEqual(files.map(({ path, file }) => ({ path, file })));
    expect(catalogue).toBeDefined();
    expect(errorsOf(catalogue?.diagnostics ?? [])).toEqual([]);
  });

  it('lets overdoing it cost more than the systeemroute in at least half the casussen', () => {
    const scenarios = files.flatMap((file) => (file.scenario ? [file.scenario] : []));
    const dearerThanSysteem = scenarios.filter((scenario) => {
      const dearest = Math.max(...(rankRoutes(scenario)?.endings.map((e) => e.maxCents) ?? [0]));
      return dearest > systeemrouteCents(scenario);
    });
    expect(dearerThanSysteem.length * 2).toBeGreaterThanOrEqual(scenarios.length);
  });
});

describe.each(listed.map(({ file, path }) => [file, path] as const))('casus %s', (_name, path) => {
  let file: CheckedFolder['files'][number];
  beforeAll(() => {
    file = bundledFile(path);
  });
  const compiled = (): Scenario => {
    if (!file.scenario) throw new Error(`${file.file} does not compile:\n${file.diagnostics.map(formatDiagnostic).join('\n')}`);
    return file.scenario;
  };

  it('compiles without errors, also as part of the set (own id) and against the source texts', () => {
    expect(errorsOf(file.diagnostics)).toEqual([]);
    expect(file.scenario).toBeDefined();
  });

  it.each(scenarioProperties)('%s', (_property, check) => check(compiled()));
  it.each(debriefProperties)('%s', (_property, check) => check(compiled()));

  // One test per casus for all its played routes: a failure names the first failing route by its choices.
  it('the session plays every played route to the debrief, saving at every step', () => {
    const scenario = compiled();
    playRoutes(scenario, playedRoutes(scenario));
  });
});
