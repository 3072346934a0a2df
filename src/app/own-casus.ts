import { summarise, type CasusSummary } from '../domain/scenario/casus-summary.ts';
import type { Scenario } from '../domain/scenario/model.ts';
import type { OwnCasusMessage, OwnCasusState } from '../ui/components/own-casus-panel.ts';
import type { OwnCasusRouteMap } from '../ui/components/own-casus-route-map.ts';
import type { CasusEntry } from './casus-library.ts';
import type { KeyValueStore } from './storage.ts';

/** What the checking worker answers (src/authoring/browser/own-file-worker.ts): plain data. */
export interface OwnFileCheck {
  readonly file: string;
  readonly scenario?: Scenario;
  readonly diagnostics: readonly Omit<OwnCasusMessage, 'excerpt'>[];
  readonly source: string;
  readonly routeMap?: OwnCasusRouteMap;
}

/** A trainer's own casus is saved and listed under its own id, so it never mixes with a bundled copy. */
export const OWN_PREFIX = 'eigen-';
const KEY = 'own-casus';

/**
 * Checks a file off the main thread. The worker bundles the authoring compiler, loaded only when a trainer
 * opens a file: it is the one place the runtime reaches the compiler (and only through this worker).
 */
export function checkInWorker(bytes: ArrayBuffer, file: string): Promise<OwnFileCheck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../authoring/browser/own-file-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<OwnFileCheck>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'worker failed'));
    };
    worker.postMessage({ bytes, file }, [bytes]);
  });
}

/** The panel's picture of a check: each message with the line it points at. */
export function panelState(check: OwnFileCheck): OwnCasusState {
  const lines = check.source.split(/\r?\n/);
  return {
    kind: 'checked',
    file: check.file,
    ...(check.scenario ? { title: check.scenario.title.nl, moments: Object.keys(check.scenario.moments).length, endings: Object.keys(check.scenario.endings).length } : {}),
    ...(check.scenario && check.routeMap ? { routeMap: check.routeMap } : {}),
    messages: check.diagnostics.map((d) => {
      const excerpt = lines[d.line - 1];
      return { ...d, ...(excerpt !== undefined && check.source !== '' ? { excerpt } : {}) };
    }),
  };
}

export const ownScenario = (scenario: Scenario): Scenario => ({ ...scenario, id: `${OWN_PREFIX}${scenario.id}` });

interface StoredOwn {
  readonly file: string;
  readonly text: string;
  readonly summary: CasusSummary;
}

/** The last valid own casus, kept in this browser (never uploaded) so it can be played again. */
export function keepOwn(store: KeyValueStore, file: string, text: string, scenario: Scenario): void {
  store.set(KEY, JSON.stringify({ file, text, summary: summarise(ownScenario(scenario)) } satisfies StoredOwn));
}

/** A library entry for the kept own casus; opening it checks the file again (the game may have changed). */
export function keptOwnEntry(store: KeyValueStore): CasusEntry | null {
  let kept: StoredOwn;
  try {
    kept = JSON.parse(store.get(KEY) ?? 'null') as StoredOwn;
  } catch {
    return null;
  }
  if (!kept || typeof kept.text !== 'string' || typeof kept.summary?.id !== 'string') return null;
  return ownEntry(kept.summary, async () => {
    const check = await checkInWorker(new TextEncoder().encode(kept.text).buffer as ArrayBuffer, kept.file);
    if (!check.scenario) throw new Error(`${kept.file} no longer passes the checks`);
    return ownScenario(check.scenario);
  });
}

export function ownEntry(summary: CasusSummary, load: () => Promise<Scenario>): CasusEntry {
  return { summary, load };
}
