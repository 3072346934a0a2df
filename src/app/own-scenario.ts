// zod/mini: the title reads the kept own casus before the menu is usable.
import { z } from 'zod/mini';
import { summarise, type ScenarioSummary } from '../domain/scenario/scenario-summary.ts';
import { FIGURES, type Scenario } from '../domain/scenario/model.ts';
import type { StoppedCheck } from '../ui/components/check-state.ts';
import type { OwnScenarioMessage, OwnScenarioState } from '../ui/components/own-scenario-panel.ts';
import type { OwnScenarioRouteMap } from '../ui/components/own-scenario-route-map.ts';
import { latestCheck, type CheckOutcome, type CheckWorker } from './bounded-check.ts';
import type { ScenarioEntry } from './scenario-library.ts';
import type { KeyValueStore } from './storage.ts';
import { sourceExcerpt } from './source-excerpt.ts';
import { readStored } from './stored-value.ts';

/** What the checking worker answers (src/authoring/browser/own-file-worker.ts): plain data. */
export interface OwnFileCheck {
  readonly file: string;
  readonly scenario?: Scenario;
  readonly diagnostics: readonly Omit<OwnScenarioMessage, 'excerpt'>[];
  readonly source: string;
  readonly routeMap?: OwnScenarioRouteMap;
}

/** A trainer's own casus is saved and listed under its own id, so it never mixes with a bundled copy. */
export const OWN_PREFIX = 'eigen-';
export const OWN_SCENARIO_KEY = 'own-casus';

/**
 * The checking worker. It bundles the authoring compiler, loaded only when a trainer opens a file: it is the one
 * place the runtime reaches the compiler (and only through this worker).
 */
export const spawnFileWorker = (): CheckWorker =>
  new Worker(new URL('../authoring/browser/own-file-worker.ts', import.meta.url), { type: 'module' });

/** The panel's picture of a check: each message with the line it points at. */
export function panelState(check: OwnFileCheck): OwnScenarioState {
  return {
    kind: 'checked',
    file: check.file,
    ...(check.scenario
      ? {
          title: check.scenario.title.nl,
          moments: Object.keys(check.scenario.moments).length,
          endings: Object.keys(check.scenario.endings).length,
        }
      : {}),
    ...(check.scenario && check.routeMap ? { routeMap: check.routeMap } : {}),
    messages: check.diagnostics.map((d) => {
      const excerpt = sourceExcerpt(check.source, d.line, d.column);
      return { ...d, ...(excerpt !== undefined ? { excerpt } : {}) };
    }),
  };
}

/** The panel's picture of a check that did not answer: out of time, or the worker broke (a cancelled check shows nothing). */
export function stoppedState(file: string, outcome: Exclude<CheckOutcome<unknown>, { kind: 'done' | 'cancelled' }>): StoppedCheck {
  return outcome.kind === 'timeout'
    ? { kind: 'stopped', file, reason: 'time', seconds: Math.max(1, Math.round(outcome.budgetMs / 1000)) }
    : { kind: 'stopped', file, reason: 'failed' };
}

export const ownScenario = (scenario: Scenario): Scenario => ({ ...scenario, id: `${OWN_PREFIX}${scenario.id}` });

const text = z.object({ nl: z.string(), en: z.optional(z.string()) });
const summarySchema = z.object({
  id: z.string().check(z.startsWith(OWN_PREFIX), z.maxLength(200)),
  title: text,
  summary: text,
  horizonMonths: z.number(),
  playingMinutes: z.optional(z.number()),
  source: z.object({ document: z.string(), title: z.string(), line: z.number() }),
  themes: z.array(text),
  household: z.array(z.object({ name: z.string(), role: text, age: z.number(), figure: z.enum(FIGURES) })),
});
const storedOwnSchema = z.object({
  file: z.string().check(z.maxLength(1000)),
  text: z.string(),
  summary: summarySchema,
});

/** The last valid own casus, kept in this browser (never uploaded) so it can be played again. */
export function keepOwn(store: KeyValueStore, file: string, text: string, scenario: Scenario): void {
  store.set(OWN_SCENARIO_KEY, JSON.stringify({ file, text, summary: summarise(ownScenario(scenario)) }));
}

export interface KeptOwn {
  /** A library entry for the kept own casus; opening it checks the file again (the game may have changed). */
  readonly entry: ScenarioEntry | null;
  /** The stored entry did not read and was set aside (the title says so once). */
  readonly setAside: boolean;
}

export function keptOwnEntry(store: KeyValueStore, spawn: () => CheckWorker = spawnFileWorker, budgetMs?: number): KeptOwn {
  const read = readStored(store, OWN_SCENARIO_KEY, storedOwnSchema);
  if (read.kind !== 'ok') return { entry: null, setAside: read.kind === 'setAside' };
  const kept = read.value;
  return {
    setAside: false,
    entry: ownEntry(kept.summary as ScenarioSummary, async () => {
      const checks = latestCheck<OwnFileCheck>({ spawn, ...(budgetMs !== undefined ? { budgetMs } : {}) });
      const outcome = await checks.run({ blob: new Blob([kept.text], { type: 'text/yaml' }), file: kept.file });
      if (outcome.kind !== 'done') throw new Error(`${kept.file} could not be checked (${outcome.kind})`);
      if (!outcome.result.scenario) throw new Error(`${kept.file} no longer passes the checks`);
      return ownScenario(outcome.result.scenario);
    }),
  };
}

export function ownEntry(summary: ScenarioSummary, load: () => Promise<Scenario>): ScenarioEntry {
  return { summary, load };
}
