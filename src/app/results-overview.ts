import { aggregateResults } from '../domain/class/result-aggregate.ts';
import {
  checkAgainstScenario,
  MAX_RESULT_FILE_BYTES,
  parseResultFile,
  resultIdentity,
  type ImportedResult,
} from '../domain/class/result-file.ts';
import type { Scenario } from '../domain/scenario/model.ts';
import type { Lang } from '../domain/scenario/text.ts';
import { ResultsOverviewView, type OverviewProblem, type OverviewState } from '../ui/screens/results-overview/results-overview-view.ts';
import type { ScenarioLibrary } from './scenario-library.ts';
import { parseLaunchParams } from './launch-params.ts';
import { readSettings } from './settings.ts';
import { browserStore } from './storage.ts';

interface Loaded {
  readonly scenario: Scenario;
  readonly results: ImportedResult[];
}

/**
 * The results class overview (resultaten-overzicht.html): reads many result files in the browser, skips the
 * ones that are not results of this build's casussen with a sentence each, and shows the rest per casus.
 */
export function startResultsOverview(root: HTMLElement, libraryLoaded: Promise<ScenarioLibrary>): void {
  const store = browserStore({ onFailure: () => undefined });
  const launch = parseLaunchParams(window.location.search);
  let lang: Lang = launch.taal ?? readSettings(store).lang;
  const loaded = new Map<string, Loaded>();
  const seen = new Set<string>();
  let problems: OverviewProblem[] = [];
  let reading = false;

  const state = (): OverviewState => ({
    lang,
    reading,
    problems,
    scenarios: [...loaded.values()].map(({ scenario, results }) => ({ scenario, aggregate: aggregateResults(scenario, results) })),
  });
  const view = new ResultsOverviewView(root, {
    onFiles: (files) => void read(files),
    onClear: () => {
      loaded.clear();
      seen.clear();
      problems = [];
      view.render(state());
    },
    onLanguage: (next) => {
      lang = next;
      view.render(state());
    },
  });

  const scenarios = new Map<string, Promise<Scenario | undefined>>();
  const scenarioOf = (scenarioId: string) => {
    if (!scenarios.has(scenarioId)) {
      scenarios.set(
        scenarioId,
        libraryLoaded.then((library) => library.entries.find((e) => e.summary.id === scenarioId)?.load()),
      );
    }
    return scenarios.get(scenarioId)!;
  };

  const readOne = async (file: File): Promise<void> => {
    if (file.size > MAX_RESULT_FILE_BYTES) return void problems.push({ file: file.name, problem: { reason: 'too-large' } });
    const parsed = parseResultFile(await file.text());
    if (parsed.kind === 'problem') return void problems.push({ file: file.name, problem: parsed });
    const scenario = await scenarioOf(parsed.result.casusId);
    const problem = checkAgainstScenario(parsed.result, scenario);
    if (problem || !scenario)
      return void problems.push({ file: file.name, problem: problem ?? { reason: 'unknown-casus', scenarioId: parsed.result.casusId } });
    const identity = resultIdentity(parsed.result);
    if (seen.has(identity)) return void problems.push({ file: file.name, problem: { reason: 'duplicate' } });
    seen.add(identity);
    const entry = loaded.get(scenario.id) ?? { scenario, results: [] };
    entry.results.push(parsed.result);
    loaded.set(scenario.id, entry);
  };

  const read = async (files: readonly File[]) => {
    reading = true;
    view.render(state());
    // One at a time, in the order given, so the same file twice is always the second one reported.
    for (const file of files) await readOne(file);
    reading = false;
    view.render(state());
  };

  view.render(state());
}
