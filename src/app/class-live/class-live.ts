import { createActor, fromPromise } from 'xstate';
import { choiceDistribution } from '../../domain/class/choice-distribution.ts';
import { pick } from '../../domain/scenario/text.ts';
import { ClassLiveScreen } from '../../ui/screens/class-live/class-live-screen.ts';
import type { ScenarioLibrary } from '../scenario-library.ts';
import { systemClock, type Clock } from '../clock.ts';
import { readLaunchLink } from '../launch-params.ts';
import type { FetchLike } from '../reporting/xapi/lrs-client.ts';
import { linkXapiInput, loadConfigFile, resolveXapi } from '../reporting/xapi/xapi-config.ts';
import { classRegistration } from '../reporting/xapi/xapi-ids.ts';
import { vocabulary } from '../reporting/xapi/xapi-vocabulary.ts';
import { readSettings, writeSettings } from '../settings.ts';
import { browserStore } from '../storage.ts';
import { classLiveMachine, type ClassLiveStart, type PollAnswer, type PollInput } from './class-live-machine.ts';
import { classRecords } from './class-records.ts';
import { queryStatements } from './lrs-query.ts';

export interface ClassLiveOptions {
  readonly library: Promise<ScenarioLibrary>;
  readonly screen: HTMLElement;
  readonly controls: HTMLElement;
  readonly clock?: Clock;
}

/**
 * The trainer's live class overview (klas-live.html): reads the class's statements back from the LRS the game
 * reports to (same link parameters or config file), every few seconds, and shows per moment of the chosen casus
 * how many trainees chose each option. Only statements with the class's registration are read. Anyone with the
 * write key can post statements: each is checked before it counts, a malformed one is skipped and counted (the
 * page says how many), and nothing in a statement can stop the polling. The state is the machine's
 * (class-live-machine.ts); this page reads the LRS for it and draws its snapshots.
 */
export function startClassLive({ library, screen, controls, clock = systemClock }: ClassLiveOptions): void {
  const launch = readLaunchLink(window);
  const store = browserStore();
  const baseUrl = new URL('.', window.location.href).href;
  const words = vocabulary(baseUrl);
  const fetchFn: FetchLike = (input, init) => window.fetch(input, init);
  const view = new ClassLiveScreen(screen, controls);

  const machine = classLiveMachine.provide({
    actors: {
      start: fromPromise<ClassLiveStart>(async () => {
        const [loaded, fromFile] = await Promise.all([library, loadConfigFile(fetchFn, baseUrl)]).catch((error: unknown) => {
          console.warn('The class overview could not start', error);
          throw error;
        });
        const resolved = resolveXapi(linkXapiInput(launch), fromFile);
        const { entries } = loaded;
        const scenarioId = entries.some((e) => e.summary.id === launch.casus) ? (launch.casus ?? null) : (entries[0]?.summary.id ?? null);
        const entry = entries.find((e) => e.summary.id === scenarioId);
        return {
          entries,
          settings: resolved.kind === 'on' ? resolved.settings : null,
          refused: resolved.kind === 'refused',
          scenarioId,
          scenario: entry ? await entry.load() : null,
        };
      }),
      poll: fromPromise<PollAnswer, PollInput>(async ({ input }) => {
        try {
          const found = await queryStatements(fetchFn, input.settings, {
            registration: classRegistration(input.classCode),
            ...(input.since ? { since: input.since } : {}),
          });
          return { found, at: clock.now() };
        } catch (error) {
          console.warn('The LRS could not be read; trying again', error instanceof Error ? error.message : error);
          throw error;
        }
      }),
    },
  });
  const live = createActor(machine, { input: { lang: launch.taal ?? readSettings(store).lang } });
  live.on('language.changed', ({ lang }) => writeSettings(store, { lang }));

  const render = () => {
    const { context } = live.getSnapshot();
    const { lang, classCode, scenario } = context;
    view.renderShell({
      lang,
      configured: context.settings !== null,
      refused: context.refused,
      classCode,
      scenarios: context.entries.map((e) => ({ id: e.summary.id, title: pick(e.summary.title, lang) })),
      scenarioId: context.scenarioId,
      onLanguage: (next) => live.send({ type: 'language.changed', lang: next }),
      onClassCode: (code) => live.send({ type: 'classCode.changed', code }),
      onScenario: (scenarioId) => live.send({ type: 'casus.chosen', scenarioId }),
      onPause: () => live.send({ type: 'pause.toggled' }),
    });
    const records = scenario
      ? classRecords(context.statements.values(), words, scenario.id, classCode ? classRegistration(classCode) : undefined)
      : null;
    view.renderData({
      lang,
      paused: context.paused,
      updatedAt: context.updatedAt,
      failed: context.failed,
      needsCode: !classCode,
      scenario,
      started: records?.started.size ?? 0,
      completed: records?.completed.size ?? 0,
      withoutStart: records?.withoutStart.size ?? 0,
      unreadable: context.unreadable.size + (records?.unreadable ?? 0),
      distribution: choiceDistribution(records?.choices ?? []),
    });
  };

  live.subscribe(() => {
    try {
      render();
    } catch (error) {
      // Whatever a drawing fault: the next poll still comes, and draws again.
      console.warn('The class overview could not be drawn; trying again', error);
    }
  });
  live.start();
  render();
}
