import { choiceDistribution } from '../../domain/class/choice-distribution.ts';
import type { Scenario } from '../../domain/scenario/model.ts';
import { pick, type Lang } from '../../domain/scenario/text.ts';
import { ClassLiveScreen } from '../../ui/screens/class-live/class-live-screen.ts';
import type { CasusLibrary } from '../casus-library.ts';
import { systemClock, type Clock } from '../clock.ts';
import { parseLaunchParams } from '../launch-params.ts';
import type { FetchLike } from '../reporting/xapi/lrs-client.ts';
import { loadConfigFile, xapiSettings, type XapiSettings } from '../reporting/xapi/xapi-config.ts';
import { classRegistration, normaliseClassCode } from '../reporting/xapi/xapi-ids.ts';
import { vocabulary } from '../reporting/xapi/xapi-vocabulary.ts';
import { readSettings, writeSettings } from '../settings.ts';
import { browserStore } from '../storage.ts';
import { classRecords } from './class-records.ts';
import { queryStatements, type StoredStatement } from './lrs-query.ts';

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
 * how many trainees chose each option. Only statements with the class's registration are read.
 */
export function startClassLive({ library, screen, controls, clock = systemClock }: ClassLiveOptions): void {
  const launch = parseLaunchParams(window.location.search);
  const store = browserStore();
  const stored = readSettings(store);
  const baseUrl = new URL('.', window.location.href).href;
  const words = vocabulary(baseUrl);
  const fetchFn: FetchLike = (input, init) => window.fetch(input, init);
  const view = new ClassLiveScreen(screen, controls);

  let lang: Lang = launch.taal ?? stored.lang;
  let settings: XapiSettings | null = null;
  let classCode = '';
  let entries: CasusLibrary['entries'] = [];
  let casusId: string | null = null;
  let scenario: Scenario | null = null;
  let statements = new Map<string, StoredStatement>();
  let updatedAt: Date | null = null;
  let failed = false;
  let paused = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let generation = 0;

  const render = () => {
    view.renderShell({
      lang,
      configured: settings !== null,
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
    const records = scenario ? classRecords(statements.values(), words, scenario.id) : null;
    view.renderData({
      lang,
      paused,
      updatedAt,
      failed,
      needsCode: !classCode,
      scenario,
      started: records?.started.size ?? 0,
      completed: records?.completed.size ?? 0,
      distribution: choiceDistribution(records?.choices ?? []),
    });
  };

  const openCasus = async () => {
    const entry = entries.find((e) => e.summary.id === casusId);
    scenario = entry ? await entry.load() : null;
  };

  const since = () => {
    let newest = '';
    for (const s of statements.values()) if (s.stored && s.stored > newest) newest = s.stored;
    return newest ? new Date(Date.parse(newest) - OVERLAP_MS).toISOString() : undefined;
  };

  const poll = async (round: number) => {
    if (!settings || !classCode || paused || round !== generation) return;
    try {
      const from = since();
      const found = await queryStatements(fetchFn, settings, { registration: classRegistration(classCode), ...(from ? { since: from } : {}) });
      if (round !== generation) return;
      for (const statement of found) statements.set(statement.id, statement);
      updatedAt = clock.now();
      failed = false;
    } catch (error) {
      console.warn('The LRS could not be read; trying again', error);
      failed = true;
    }
    render();
    if (round === generation && !paused) timer = setTimeout(() => void poll(round), POLL_MS);
  };

  /** A new class code starts from nothing; resuming after a pause goes on with what it has. */
  const restart = (fresh = true) => {
    if (timer) clearTimeout(timer);
    generation += 1;
    if (fresh) {
      statements = new Map();
      updatedAt = null;
    }
    render();
    void poll(generation);
  };

  render();
  void Promise.all([library, loadConfigFile(fetchFn, baseUrl)]).then(async ([loaded, fromFile]) => {
    entries = loaded.entries;
    settings = xapiSettings({ ...(launch.lrs ? { endpoint: launch.lrs } : {}), ...(launch.lrsauth ? { auth: launch.lrsauth } : {}), ...(launch.klas ? { klas: launch.klas } : {}) }, fromFile);
    classCode = settings?.classCode ?? '';
    casusId = entries.some((e) => e.summary.id === launch.casus) ? (launch.casus ?? null) : (entries[0]?.summary.id ?? null);
    await openCasus();
    restart();
  }).catch((error: unknown) => {
    // Without its casus library the page can still say the LRS could not be shown; it never goes blank.
    console.warn('The class overview could not start', error);
    failed = true;
    render();
  });
}
