import type { Scenario } from '../../../domain/scenario/model.ts';
import { fnv1a } from '../../../domain/scenario/fnv1a.ts';
import type { Clock } from '../../clock.ts';
import type { KeyValueStore } from '../../storage.ts';
import type { Report } from '../reports.ts';
import type { Reporter } from '../reporter.ts';
import { putStatement, type FetchLike } from './lrs-client.ts';
import { statementQueue, type QueueStatus, type StatementQueue, type Timers } from './statement-queue.ts';
import type { XapiSettings } from './xapi-config.ts';
import { randomPseudonym, randomUuid, type RandomBytes } from './xapi-ids.ts';
import { statementFor, type StatementContext } from './xapi-statement.ts';
import { vocabulary } from './xapi-vocabulary.ts';

export const PSEUDONYM_KEY = 'xapi-pseudoniem';

export interface XapiReporterOptions {
  /** Resolves once the URL and the optional config file are read; null: no LRS, nothing is ever sent. */
  readonly settings: Promise<XapiSettings | null>;
  /** The game's folder URL: the actor's homePage and the base of every IRI. */
  readonly baseUrl: string;
  readonly store: KeyValueStore;
  readonly clock: Clock;
  readonly fetch: FetchLike;
  readonly random: RandomBytes;
  readonly timers?: Timers;
  readonly onStatus?: (status: QueueStatus) => void;
}

/** This browser's pseudonym, made once and kept: the LRS can follow one trainee without knowing who it is. */
export function pseudonymOf(store: KeyValueStore, random: RandomBytes): string {
  const kept = store.get(PSEUDONYM_KEY);
  if (kept && /^speler-[a-z0-9]{6,32}$/.test(kept)) return kept;
  const made = randomPseudonym(random);
  store.set(PSEUDONYM_KEY, made);
  return made;
}

export type XapiReporter = Reporter & {
  /** Resolves when the settings are known and what was reported so far is queued (tests, and `online`). */
  readonly started: Promise<StatementQueue | null>;
  retryNow(): void;
};

/**
 * The xAPI implementation of the reporting port. Reports that come before the settings are known wait in memory;
 * without settings they are dropped and nothing is sent. With settings, every statement is queued in the browser
 * and delivered in order (see statement-queue.ts); an unreachable LRS or a full storage never reach the game.
 */
export function xapiReporter(options: XapiReporterOptions): XapiReporter {
  const early: { report: Report; scenario: Scenario }[] = [];
  let deliver: ((report: Report, scenario: Scenario) => void) | null = null;
  let queue: StatementQueue | null = null;

  const started = options.settings.then((settings) => {
    if (!settings) {
      early.length = 0;
      deliver = () => undefined;
      return null;
    }
    const { store, random, clock } = options;
    queue = statementQueue({
      store,
      key: `xapi-wachtrij:${fnv1a(settings.endpoint)}`,
      send: (statement) => putStatement(options.fetch, settings, statement),
      ...(options.timers ? { timers: options.timers } : {}),
      ...(options.onStatus ? { onStatus: options.onStatus } : {}),
    });
    const context: StatementContext = {
      vocabulary: vocabulary(options.baseUrl),
      homePage: options.baseUrl,
      pseudonym: pseudonymOf(store, random),
      ...(settings.registration ? { registration: settings.registration } : {}),
      ...(settings.classCode ? { classCode: settings.classCode } : {}),
      newId: () => randomUuid(random),
      now: () => clock.now(),
    };
    const active = queue;
    deliver = (report, scenario) => {
      const statement = statementFor(report, scenario, context);
      if (statement) void active.push(statement);
    };
    for (const { report, scenario } of early.splice(0)) deliver(report, scenario);
    void active.flush();
    return active;
  });

  return {
    name: 'xAPI',
    started,
    report: (report, scenario) => {
      if (deliver) deliver(report, scenario);
      else early.push({ report, scenario });
    },
    retryNow: () => void queue?.retryNow(),
  };
}
