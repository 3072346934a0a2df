import type { Scenario } from '../domain/scenario/model.ts';
import type { SessionEvent } from '../domain/session/events.ts';
import { createSave, restoreSave, type RestoreResult } from '../domain/session/save.ts';
import type { SessionMachine } from '../domain/session/session-machine.ts';
import type { KeyValueStore } from './storage.ts';

const keyOf = (scenarioId: string) => `save:${scenarioId}`;

export function readSave(store: KeyValueStore, scenario: Scenario, machine: SessionMachine): RestoreResult {
  return restoreSave(store.get(keyOf(scenario.id)), scenario, machine);
}

export function hasSave(store: KeyValueStore, scenarioId: string): boolean {
  return store.get(keyOf(scenarioId)) !== null;
}

export function writeSave(store: KeyValueStore, scenario: Scenario, log: readonly SessionEvent[], now: Date): void {
  store.set(keyOf(scenario.id), JSON.stringify(createSave(scenario, log, now)));
}

export function clearSave(store: KeyValueStore, scenarioId: string): void {
  store.remove(keyOf(scenarioId));
}
