import Cmi5 from '@xapi/cmi5';
import { fnv1a } from '../../../domain/scenario/fnv1a.ts';
import { formatList } from '../../../i18n/intl.ts';
import type { Clock } from '../../clock.ts';
import type { KeyValueStore } from '../../storage.ts';
import type { Reporter } from '../reporter.ts';
import { statementQueue, type QueueStatus, type SendOutcome } from '../xapi/statement-queue.ts';
import { randomUuid, type RandomBytes } from '../xapi/xapi-ids.ts';
import { statementFor, type StatementContext } from '../xapi/xapi-statement.ts';
import { XAPI_VERSION, vocabulary } from '../xapi/xapi-vocabulary.ts';
import type { Cmi5Launch } from './cmi5-launch.ts';
import { outcomeOf } from './cmi5-outcome.ts';
import { allowedStatement, definedStatement, launchDataSchema, type Cmi5Session, type Cmi5Statement } from './cmi5-statements.ts';

export interface Cmi5ReporterOptions {
  readonly launch: Cmi5Launch;
  /** The game's folder URL: the base of the game's own activity IRIs. */
  readonly baseUrl: string;
  /** Remembers, per registration, that the AU's one `completed` was sent (cmi5 9.3: at most one per registration). */
  readonly store: KeyValueStore;
  readonly clock: Clock;
  readonly random: RandomBytes;
  readonly win: Pick<Window, 'addEventListener' | 'fetch'>;
  readonly onStatus?: (status: QueueStatus) => void;
}

/** Statements of one session live in memory only: its token ends with the session, so they cannot wait for a later one. */
function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => (values.set(key, value), true),
    remove: (key) => void values.delete(key),
  };
}

// An error text for the console, in English as the others are.
const describeOrigins = (launch: Cmi5Launch) =>
  formatList([...new Set([new URL(launch.fetch).origin, new URL(launch.endpoint).origin])], 'en');

/**
 * The cmi5 AU. `@xapi/cmi5` does the launch (POST to the one-time fetch URL for the token, LMS.LaunchData and the
 * learner preferences from the LMS's LRS, the `initialized` statement) and sends during the session. The game's
 * statements follow as "cmi5 allowed" statements in order (the statement queue, in memory); the first completed
 * casus also sends the AU's `completed`. When the page goes, `terminated` is sent with whatever still waits in
 * one keep-alive request: the library's XHR would be cancelled with the page. Rejects when the LMS cannot be
 * reached or refuses the launch; the game then plays on without it.
 */
export async function cmi5Reporter({ launch, baseUrl, store, clock, random, win, onStatus }: Cmi5ReporterOptions): Promise<Reporter> {
  const cmi5 = new Cmi5({ ...launch, actor: { ...launch.actor } });
  try {
    await cmi5.initialize();
  } catch (error) {
    throw new Error(
      `The LMS at ${describeOrigins(launch)} did not complete the cmi5 launch (a spent fetch URL after a reload, the LMS refusing, or the page's Content-Security-Policy not admitting that origin)`,
      { cause: error },
    );
  }
  const parsed = launchDataSchema.safeParse(cmi5.getLaunchData());
  if (!parsed.success) throw new Error('LMS.LaunchData is not a cmi5 launch data document');
  const session: Cmi5Session = { launch, launchData: parsed.data, initializedAt: cmi5.getInitializedDate() };
  const normal = session.launchData.launchMode === 'Normal';
  const completedKey = `cmi5-voltooid:${fnv1a(`${launch.registration} ${launch.activityId}`)}`;
  const newId = () => randomUuid(random);

  const queue = statementQueue<Cmi5Statement>({
    store: memoryStore(),
    key: 'cmi5',
    send: (statement) => cmi5.sendXapiStatement(statement as never).then((): SendOutcome => 'sent', outcomeOf),
    ...(onStatus ? { onStatus } : {}),
  });
  const context: StatementContext = {
    vocabulary: vocabulary(baseUrl),
    homePage: launch.actor.account.homePage,
    pseudonym: launch.actor.account.name,
    registration: launch.registration,
    newId,
    now: () => clock.now(),
  };

  let terminated = false;
  const terminate = () => {
    if (terminated) return;
    terminated = true;
    const batch = [...queue.pending(), definedStatement('terminated', session, newId(), clock.now())];
    win
      .fetch(`${launch.endpoint}statements`, {
        method: 'POST',
        keepalive: true,
        headers: {
          'X-Experience-API-Version': XAPI_VERSION,
          'Content-Type': 'application/json',
          Authorization: `Basic ${cmi5.getAuthToken()}`,
        },
        body: JSON.stringify(batch),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      })
      .catch((error: unknown) => console.warn('The cmi5 terminated statement could not be sent', error));
  };
  win.addEventListener('pagehide', terminate);

  return {
    name: 'cmi5',
    report: (report, scenario) => {
      if (terminated) return;
      const statement = statementFor(report, scenario, context);
      if (statement) void queue.push(allowedStatement(statement, session));
      if (report.type === 'casus.completed' && normal && store.get(completedKey) === null) {
        store.set(completedKey, clock.now().toISOString());
        void queue.push(definedStatement('completed', session, newId(), clock.now()));
      }
    },
  };
}
