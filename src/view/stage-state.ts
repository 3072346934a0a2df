import type { HouseholdMember, Setting, Tone } from '../domain/scenario/model.ts';
import type { Phase } from '../domain/session/selectors.ts';

/**
 * What the Phaser stage draws, as plain data. The app derives it from the app and session snapshots;
 * scenes render it and decide nothing. Texts are already translated and formatted.
 */
export type StageState =
  | { readonly mode: 'welcome' }
  | {
      readonly mode: 'household';
      readonly phase: Phase;
      readonly household: readonly StageFigure[];
      /** Where the household is now (home, moved, a shelter …): the room the scene draws. */
      readonly setting: Setting;
      /** Progress through the casus timeline, 0..1. */
      readonly timeline: number;
      readonly monthLabel: string;
      readonly receipt: StageReceipt;
      /** Overall tone of the latest consequence, to colour the room's light. */
      readonly mood: 'neutral' | 'hopeful' | 'tense';
    }
  | {
      readonly mode: 'debrief';
      readonly scores: readonly StageScore[];
      /** The systeemroute's scores by the same rule, drawn as a dashed reference outline with its name. */
      readonly reference: { readonly scores: Readonly<Record<StageScore['key'], number>>; readonly label: string };
      readonly overall: number;
      readonly overallLabel: string;
      readonly tone: Tone;
    };

export interface StageFigure {
  readonly id: string;
  readonly name: string;
  readonly age: number;
  readonly figure: HouseholdMember['figure'];
}

export interface StageReceipt {
  /** Lines of the latest choice; `printed` of them are out of the printer. */
  readonly lines: readonly { readonly label: string; readonly amount: string }[];
  readonly printed: number;
  readonly totalLabel: string;
  readonly total: string;
  /** Changes with every new choice, so the printer knows to start a fresh strip. */
  readonly printId: string;
}

export interface StageScore {
  readonly key: 'legitimiteit' | 'betrokkenheid' | 'rendement';
  readonly label: string;
  readonly score: number;
}

/** A value that views can subscribe to; emits only when the value changes. */
export interface Feed<T> {
  get(): T;
  subscribe(listener: (value: T) => void): () => void;
}

export function createFeed<T>(initial: T, same: (a: T, b: T) => boolean = (a, b) => JSON.stringify(a) === JSON.stringify(b)) {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next: T) {
      if (same(value, next)) return;
      value = next;
      for (const listener of [...listeners]) listener(value);
    },
    subscribe(listener: (value: T) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
