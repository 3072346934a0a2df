import { phaseOf, sessionView } from '../domain/session/selectors.ts';
import type { ScenarioSummary } from '../domain/scenario/scenario-summary.ts';
import type { TariffSet } from '../domain/costs/tariff-set.ts';
import type { Text } from '../domain/scenario/text.ts';
import { t } from '../i18n/index.ts';
import type { AppViewState, PlayingSession, Screen } from '../ui/app-view.ts';
import type { AppSnapshot, SessionActor } from './app-machine.ts';
import type { ScenarioLibrary, TariffSetEntry } from './scenario-library.ts';
import { tariffOptions, type TariffSetOption } from './tariff-choice.ts';
import { tariffChoiceOf } from './app-machine.ts';

const SCREENS: readonly Screen[] = ['loading', 'title', 'opening', 'playing', 'error'];

/** The same answer for the same arguments as last time, so the view can tell "unchanged" by identity. */
function lastResult<A extends readonly unknown[], R>(derive: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => Object.is(arg, args[i]))) return last.result;
    last = { args, result: derive(...args) };
    return last.result;
  };
}

const summaries = lastResult((library: ScenarioLibrary): readonly ScenarioSummary[] => library.entries.map((e) => e.summary));
const ownTitle = (title: Text): Text => ({
  nl: t('nl', 'tariffs.ownOption', { title: title.nl }),
  en: t('en', 'tariffs.ownOption', { title: title.en ?? title.nl }),
});
const options = lastResult((bundled: readonly TariffSetEntry[] | undefined, own: TariffSet | null): readonly TariffSetOption[] =>
  tariffOptions(bundled ?? [], own, ownTitle),
);

function playingSession(actor: SessionActor): PlayingSession {
  const { value, context } = actor.getSnapshot();
  return { scenario: context.scenario, view: sessionView(context.scenario, phaseOf(value), context), send: (event) => actor.send(event) };
}

/** Everything the DOM shows, derived from the app's snapshot (and its session's): the view gets this and nothing else. */
export function appViewState(snapshot: AppSnapshot): AppViewState {
  const { context } = snapshot;
  const screen = SCREENS.find((name) => snapshot.matches({ screen: name })) ?? 'loading';
  const session = screen === 'playing' ? (snapshot.children.session as SessionActor | undefined) : undefined;
  const playing = session ? playingSession(session) : null;
  return {
    screen,
    lang: context.lang,
    sound: context.sound,
    notice: context.notice,
    error: context.error,
    opening: screen === 'opening' ? context.scenarioId : null,
    playing,
    title: {
      scenarios: summaries(context.library),
      problems: context.library.problems,
      saves: context.saves,
      lastScores: context.lastScores,
      own: context.own,
      tariffs: {
        options: options(context.bundled.tariffSets, context.ownTariffs),
        chosen: tariffChoiceOf(context).choice,
        own: context.ownTariffsState,
      },
      destinations: context.destinations,
    },
    preferences: { themes: context.themes, introSeen: context.introSeen },
    notices: {
      storageFailed: context.storageFailed,
      otherTab: context.otherTab && playing !== null,
      lrsWaiting: context.lrsWaiting,
      lmsFull: context.lmsFull,
      lrsInfo: context.lrsInfo,
      lrsRefused: context.lrsRefused,
      launchNotice: screen === 'title' ? null : context.launchNotice,
    },
    classCode: context.lrsInfo?.classCode ?? context.launch.classCode ?? null,
  };
}
