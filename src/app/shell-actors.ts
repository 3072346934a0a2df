import { fromCallback, fromPromise } from 'xstate';
import type { AppEvent, FileToCheck, OpenScenarioInput, OpenedScenario } from './app-machine.ts';
import { savedChoice } from './app-machine.ts';
import { latestCheck } from './bounded-check.ts';
import type { EventBuffer } from './event-buffer.ts';
import { createScenarioOpener } from './open-scenario.ts';
import { keepOwn, spawnFileWorker, type OwnFileCheck } from './own-scenario.ts';
import type { KeyValueStore } from './storage.ts';
import { watchOtherTabs } from './tab-sync.ts';
import { keepOwnTariffs, priceScenario, type OwnTariffCheck } from './tariff-choice.ts';

export interface ShellActorsOptions {
  readonly store: KeyValueStore;
  /** The playing screens' chunk: a casus opens once it and the casus's own chunk are both in. */
  readonly loadSessionScreens: () => Promise<void>;
  /** What reporting finds along the way (LRS status, a full LMS, an LMS gone). */
  readonly reportingEvents: EventBuffer<AppEvent>;
  /** The browser refused to store. */
  readonly storageEvents: EventBuffer<AppEvent>;
  /** The time budget of a check of an own file (default 10 s); browser tests give a small one. */
  readonly checkBudgetMs?: number;
}

/** The app machine's actors in the browser: casus chunks, the checking worker, other tabs and reporting. */
export function shellActors({ store, loadSessionScreens, reportingEvents, storageEvents, checkBudgetMs }: ShellActorsOptions) {
  const budget = checkBudgetMs !== undefined ? { budgetMs: checkBudgetMs } : {};
  // One runner per kind: a newer file terminates the worker of the check before it.
  const ownChecks = latestCheck<OwnFileCheck>({ spawn: spawnFileWorker, ...budget });
  const tariffChecks = latestCheck<OwnTariffCheck>({ spawn: spawnFileWorker, ...budget });
  return {
    openScenario: fromPromise<OpenedScenario, OpenScenarioInput>(async ({ input }) => {
      const price = (scenario: Parameters<typeof priceScenario>[0], saved: string | undefined) => {
        const { choice, bundled, own } = savedChoice(input.tariffs, saved);
        return priceScenario(scenario, choice, bundled, own);
      };
      const [opened] = await Promise.all([createScenarioOpener(input.library, store, price)(input), loadSessionScreens()]);
      return opened;
    }),
    /** A trainer's own file, read, decoded and checked in a worker within a time budget; kept here if it is valid. */
    checkOwnFile: fromPromise(async ({ input }: { input: FileToCheck }) => {
      const outcome = await ownChecks.run({ blob: input.blob, file: input.name });
      if (outcome.kind === 'done' && outcome.result.scenario) keepOwn(store, input.name, outcome.result.source, outcome.result.scenario);
      return outcome;
    }),
    /** A gemeente's own tariff file, checked as an own casus is; a clean one is kept here. */
    checkTariffFile: fromPromise(async ({ input }: { input: FileToCheck }) => {
      const outcome = await tariffChecks.run({ blob: input.blob, file: input.name, kind: 'tariffs' });
      if (outcome.kind === 'done' && outcome.result.set) keepOwnTariffs(store, input.name, outcome.result.set);
      return outcome;
    }),
    tabSync: fromCallback<AppEvent>(({ sendBack }) => watchOtherTabs((scenarioId) => sendBack({ type: 'saves.changed', scenarioId }))),
    lrsStatus: fromCallback<AppEvent>(({ sendBack }) => reportingEvents.listen(sendBack)),
    storageStatus: fromCallback<AppEvent>(({ sendBack }) => storageEvents.listen(sendBack)),
  };
}
