import { choiceDistribution } from '../../domain/class/choice-distribution.ts';
import type { Scenario } from '../../domain/scenario/model.ts';
import { pick, type Lang } from '../../domain/scenario/text.ts';
import { ClassLiveScreen } from '../../ui/screens/class-live/class-live-screen.ts';
import type { CasusLibrary } from '../casus-library.ts';
import { systemClock, type Clock } from '../clock.ts';
import { readLaunchLink } from '../launch-params.ts';
import type { FetchLike } from '../reporting/xapi/lrs-client.ts';
import { linkXapiInput, loadConfigFile, resolveXapi, type XapiSettings } from '../reporting/xapi/xapi-config.ts';
import { classRegistration, normaliseClassCode } from '../reporting/xapi/xapi-ids.ts';
import { vocabulary } from '../reporting/xapi/xapi-vocabulary.ts';
import { readSettings, writeSettings } from '../settings.ts';
import { browserStore } from '../storage.ts';
import { classRecords } from './class-records.ts';
import { LrsAnswerError, queryStatements } from './lrs-query.ts';
import { readStatement, unreadableKey, type ClassStatement } from './statement-reading.ts';

/** How often the page asks the LRS for news. */
export const POLL_MS = 4_000;
/** Each poll asks from a little before the newest statement it has: one stored while the last poll ran is not missed. */
const OVERLAP_MS = 5_000;

export interface ClassLiveOptions {
  readonly library: Promise<CasusLibrary>;
  readonly screen: HTMLElement;
  readonly controls: HTMLElement;
  readonly clock?: Clock;
}

/**
 * The trainer's live class overview (klas-live.html): reads the class's statements back from the LRS the game
 * reports to (same link parameters or config file), every few seconds, and shows per moment of the chosen casus
 * how many trainees chose each option. Only statements with the class's registration are read. Anyone with the
 * write key can post statements: each is checked before it counts, a malformed one is skipped and counted (the
 * page says how many), and nothing in a statement can stop the polling.
 */
export function startClassLive({ library, screen, controls, clock = systemClock }: ClassLiveOptions): void {
  const launch = readLaunchLink(window);
  const store = browserStore();
  const stored = readSettings(store);
  const baseUrl = new URL('.', window.location.href).href;
  const words = vocabulary(baseUrl);
  const fetchFn: FetchLike = (input, init) => window.fetch(input, init);
  const view = new ClassLiveScreen(screen, controls);

  let lang: Lang = launch.taal ?? stored.lang;
  let settings: XapiSettings | null = null;
  /** A link to another LRS than the config file's, without its own key: nothing is read. */
  let refused = false;
  let classCode = '';
  let entries: CasusLibrary['entries'] = [];
  let casusId: string | null = null;
  let scenario: Scenario | null = null;
  let statements = new Map<string, ClassStatement>();
  /** Statements the view could not read, by id (or content): the overlapping polls return them again. */
  let unreadable = new Set<string>();
  let updatedAt: Date | null = null;
  /** The last read failed: the LRS refused the key (401/403), or anything else (off-line, a body it could not read). */
  let failed: false | 'key' | 'read' = false;
  let paused = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let generation = 0;

  const render = () => {
    view.renderShell({
      lang,
      configured: settings !== null,
      refused,
      classCode,
      casussen: entries.map((e) => ({ id: e.summary.id, title: pick(e.summary.title, lang) })),
      casusId,
      onLanguage: (next) => {
        lang = next;
        writeSettings(store, { ...readSettings(store), lang });
        render();
      },
      onClassCode: (code) => {
        const normal = normaliseClassCode(code);
        if (!normal) return;
        classCode = normal;
        restart();
      },
      onCasus: (id) => {
        casusId = id;
        void openCasus().then(render);
      },
      onPause: () => {
        paused = !paused;
        if (!paused) restart(false);
        else if (timer) clearTimeout(timer);
        render();
      },
    });
    const records = scenario ? classRecords(statements.values(), words, scenario.id, classCode ? classRegistration(classCode) : undefined) : null;
    view.renderData({
      lang,
      paused,
      updatedAt,
      failed,
      needsCode: !classCode,
      scenario,
      started: records?.started.size ?? 0,
      completed: records?.completed.size ?? 0,
      withoutStart: records?.withoutStart.size ?? 0,
      unreadable: unreadable.size + (records?.unreadable ?? 0),
      distribution: choiceDistribution(records?.choices ?? []),
    });
  };

  const openCasus = async () => {
    const entry = entries.find((e) => e.summary.id === casusId);
    scenario = entry ? await entry.load() : null;
  };

  const since = () => {
    let newest = Number.NEGATIVE_INFINITY;
    for (const s of statements.values()) if (s.stored) newest = Math.max(newest, Date.parse(s.stored));
    const from = new Date(newest - OVERLAP_MS);
    // No statement yet, or a stored time at the edge of what a Date holds: read everything.
    return Number.isNaN(from.getTime()) ? undefined : from.toISOString();
  };

  const take = (found: readonly unknown[]) => {
    for (const raw of found) {
      const statement = readStatement(raw);
      if (statement) statements.set(statement.id, statement);
      else unreadable.add(unreadableKey(raw));
    }
  };

  const poll = async (round: number) => {
    if (!settings || !classCode || paused || round !== generation) return;
    try {
      const from = since();
      const found = await queryStatements(fetchFn, settings, { registration: classRegistration(classCode), ...(from ? { since: from } : {}) });
      if (round !== generation) return;
      take(found);
      updatedAt = clock.now();
      failed = false;
    } catch (error) {
      console.warn('The LRS could not be read; trying again', error instanceof Error ? error.message : error);
      failed = error instanceof LrsAnswerError && error.keyRefused ? 'key' : 'read';
    }
    try {
      render();
    } catch (error) {
      // Whatever a drawing fault: the next poll still comes, and draws again.
      console.warn('The class overview could not be drawn; trying again', error);
    } finally {
      if (round === generation && !paused) timer = setTimeout(() => void poll(round), POLL_MS);
    }
  };

  /** A new class code starts from nothing; resuming after a pause goes on with what it has. */
  const restart = (fresh = true) => {
    if (timer) clearTimeout(timer);
    generation += 1;
    if (fresh) {
      statements = new Map();
      unreadable = new Set();
      updatedAt = null;
    }
    render();
    void poll(generation);
  };

  render();
  void Promise.all([library, loadConfigFile(fetchFn, baseUrl)]).then(async ([loaded, fromFile]) => {
    entries = loaded.entries;
    const resolved = resolveXapi(linkXapiInput(launch), fromFile);
    settings = resolved.kind === 'on' ? resolved.settings : null;
    refused = resolved.kind === 'refused';
    classCode = settings?.classCode ?? '';
    casusId = entries.some((e) => e.summary.id === launch.casus) ? (launch.casus ?? null) : (entries[0]?.summary.id ?? null);
    await openCasus();
    restart();
  }).catch((error: unknown) => {
    // Without its casus library the page can still say the LRS could not be shown; it never goes blank.
    console.warn('The class overview could not start', error);
    failed = 'read';
    render();
  });
}
