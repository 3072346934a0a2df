import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, fromPromise, waitFor } from 'xstate';
import {
  appMachine,
  type AppEmitted,
  type AppEvent,
  type AppInput,
  type OpenScenarioInput,
  type OpenedScenario,
} from '../../src/app/app-machine.ts';
import { appViewState } from '../../src/app/app-view-state.ts';
import type { CheckOutcome } from '../../src/app/bounded-check.ts';
import { eventBuffer } from '../../src/app/event-buffer.ts';
import type { OwnFileCheck } from '../../src/app/own-scenario.ts';
import { writeSave } from '../../src/app/save-store.ts';
import { storePorts } from '../../src/app/stored-progress.ts';
import type { OwnTariffCheck } from '../../src/app/tariff-choice.ts';
import type { FileToCheck } from '../../src/ui/app-view-events.ts';
import { OWN_TARIFF_SET } from '../../src/domain/costs/tariff-set.ts';
import { summarise } from '../../src/domain/scenario/scenario-summary.ts';
import { createSave } from '../../src/domain/session/save.ts';
import { loadScenarioFile } from './load-fixture.ts';
import { memoryStore } from './support/memory-store.ts';

// The app shell without a browser: storage is a map, the worker checks and tab sync are provided actors.
const scenario = loadScenarioFile('test/fixtures/scenarios/minimal-valid.yaml');
const library = { entries: [{ summary: summarise(scenario), load: () => Promise.resolve(scenario) }], problems: [] };
const settings = { lang: 'nl', sound: true, themes: [], tariffs: 'standaard', introSeen: false } as const;

/** A promise the test settles by hand. */
function later<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

interface ShellOptions {
  readonly store?: ReturnType<typeof memoryStore>;
  readonly input?: Partial<AppInput>;
  readonly checkOwnFile?: (name: string) => Promise<CheckOutcome<OwnFileCheck>>;
  readonly checkTariffFile?: (name: string) => Promise<CheckOutcome<OwnTariffCheck>>;
  readonly ready?: boolean;
}

function shell({ store = memoryStore(), input = {}, checkOwnFile, checkTariffFile, ready = true }: ShellOptions = {}) {
  const outside = eventBuffer<AppEvent>();
  const machine = appMachine.provide({
    actors: {
      openScenario: fromPromise<OpenedScenario, OpenScenarioInput>(() => Promise.resolve({ kind: 'ready', scenario, restored: null })),
      checkOwnFile: fromPromise(({ input: file }: { input: FileToCheck }) =>
        (checkOwnFile ?? (() => Promise.reject(new Error('no check'))))(file.name),
      ),
      checkTariffFile: fromPromise(({ input: file }: { input: FileToCheck }) =>
        (checkTariffFile ?? (() => Promise.reject(new Error('no check'))))(file.name),
      ),
      tabSync: fromCallback<AppEvent>(({ sendBack }) => outside.listen(sendBack)),
    },
  });
  const actor = createActor(machine, { input: { settings, lineDelayMs: 0, ports: storePorts(store), ...input } });
  const emitted: AppEmitted[] = [];
  actor.on('*', (event) => emitted.push(event));
  actor.start();
  if (ready) actor.send({ type: 'assets.ready', library });
  return { actor, emitted, outside, store };
}

const file = (name: string) => ({ blob: new Blob(['casus: {}']), name });

describe('app shell: own files', () => {
  it('shows a checked own casus in the panel and opens it under its own id', async () => {
    const { actor } = shell({
      checkOwnFile: (name) => Promise.resolve({ kind: 'done', result: { file: name, scenario, diagnostics: [], source: 'x' } }),
    });
    actor.send({ type: 'own.file', file: file('eigen.yaml') });
    expect(actor.getSnapshot().context.own).toEqual({ kind: 'checking', file: 'eigen.yaml' });
    await waitFor(actor, (s) => s.matches({ ownFile: 'idle' }));
    expect(actor.getSnapshot().context.own).toMatchObject({ kind: 'checked', file: 'eigen.yaml', title: scenario.title.nl, messages: [] });
    actor.send({ type: 'own.play' });
    expect(actor.getSnapshot().context.scenarioId).toBe(`eigen-${scenario.id}`);
    expect(actor.getSnapshot().context.library.entries.map((e) => e.summary.id)).toEqual([scenario.id, `eigen-${scenario.id}`]);
    await waitFor(actor, (s) => s.matches({ screen: 'playing' }));
  });

  it('lets a newer file replace the check before it: the earlier answer is never shown', async () => {
    const answers = new Map([
      ['oud.yaml', later<CheckOutcome<OwnFileCheck>>()],
      ['nieuw.yaml', later<CheckOutcome<OwnFileCheck>>()],
    ]);
    const { actor } = shell({ checkOwnFile: (name) => answers.get(name)!.promise });
    actor.send({ type: 'own.file', file: file('oud.yaml') });
    actor.send({ type: 'own.file', file: file('nieuw.yaml') });
    answers.get('oud.yaml')!.resolve({ kind: 'done', result: { file: 'oud.yaml', scenario, diagnostics: [], source: '' } });
    await Promise.resolve();
    expect(actor.getSnapshot().context.own).toEqual({ kind: 'checking', file: 'nieuw.yaml' });
    answers.get('nieuw.yaml')!.resolve({ kind: 'timeout', budgetMs: 2400 });
    await waitFor(actor, (s) => s.matches({ ownFile: 'idle' }));
    expect(actor.getSnapshot().context.own).toEqual({ kind: 'stopped', file: 'nieuw.yaml', reason: 'time', seconds: 2 });
    expect(actor.getSnapshot().context.ownChecked).toBeNull();
    actor.send({ type: 'own.play' });
    expect(actor.getSnapshot().matches({ screen: 'title' })).toBe(true);
  });

  it('chooses a clean own tariff file at once and remembers that choice', async () => {
    const set = { id: OWN_TARIFF_SET, title: { nl: 'Eigen' }, tariffs: {} };
    const { actor, emitted } = shell({
      checkTariffFile: (name) => Promise.resolve({ kind: 'done', result: { file: name, set, diagnostics: [], source: '' } }),
    });
    actor.send({ type: 'tariffs.file', file: file('tarieven.yaml') });
    expect(appViewState(actor.getSnapshot()).title.tariffs.own).toEqual({ kind: 'checking', file: 'tarieven.yaml' });
    await waitFor(actor, (s) => s.matches({ tariffFile: 'idle' }));
    const { tariffs } = appViewState(actor.getSnapshot()).title;
    expect(tariffs.chosen).toBe(OWN_TARIFF_SET);
    expect(tariffs.options.map((o) => o.id)).toEqual([OWN_TARIFF_SET]);
    expect(tariffs.own).toMatchObject({ kind: 'checked', title: 'Eigen', tariffs: 0 });
    expect(emitted).toContainEqual({ type: 'settings.changed', settings: { tariffs: OWN_TARIFF_SET } });
  });

  it('says a broken checking worker calmly', async () => {
    const { actor } = shell({ checkTariffFile: () => Promise.reject(new Error('worker gone')) });
    actor.send({ type: 'tariffs.file', file: file('tarieven.yaml') });
    await waitFor(actor, (s) => s.matches({ tariffFile: 'idle' }));
    expect(actor.getSnapshot().context.ownTariffsState).toEqual({ kind: 'stopped', file: 'tarieven.yaml', reason: 'failed' });
  });
});

describe('app shell: other tabs and stored progress', () => {
  it('offers on the title what another tab saved, read again when that tab writes', () => {
    const { actor, outside, store } = shell();
    expect(appViewState(actor.getSnapshot()).title.saves.get(scenario.id)).toEqual({ kind: 'none' });
    writeSave(store, scenario, [{ type: 'casus.begin' }, { type: 'choice.selected', optionId: 'begeleiding' }], new Date(0));
    outside.push({ type: 'saves.changed', scenarioId: scenario.id });
    expect(appViewState(actor.getSnapshot()).title.saves.get(scenario.id)).toMatchObject({ kind: 'resumable', finished: false });
  });

  it('asks again instead of starting afresh when another tab saved since the title was drawn', () => {
    const { actor, store } = shell();
    writeSave(store, scenario, [{ type: 'casus.begin' }, { type: 'choice.selected', optionId: 'begeleiding' }], new Date(0));
    actor.send({ type: 'casus.open', scenarioId: scenario.id, resume: false });
    expect(actor.getSnapshot().matches({ screen: 'title' })).toBe(true);
    expect(actor.getSnapshot().context.notice).toBe('elsewhere');
    expect(appViewState(actor.getSnapshot()).title.saves.get(scenario.id)?.kind).toBe('resumable');
  });

  it('stops saving an open casus another tab wrote, until the player keeps this tab or loads the other', async () => {
    const { actor, emitted, outside } = shell();
    actor.send({ type: 'casus.open', scenarioId: scenario.id, resume: false });
    await waitFor(actor, (s) => s.matches({ screen: 'playing' }));
    outside.push({ type: 'saves.changed', scenarioId: 'een-andere-casus' });
    expect(appViewState(actor.getSnapshot()).notices.otherTab).toBe(false);
    outside.push({ type: 'saves.changed', scenarioId: scenario.id });
    expect(appViewState(actor.getSnapshot()).notices.otherTab).toBe(true);
    expect(emitted.filter((e) => e.type.startsWith('saving.'))).toEqual([{ type: 'saving.paused' }]);
    actor.send({ type: 'otherTab.keep' });
    expect(appViewState(actor.getSnapshot()).notices.otherTab).toBe(false);
    expect(emitted.filter((e) => e.type.startsWith('saving.'))).toEqual([{ type: 'saving.paused' }, { type: 'saving.resumed' }]);
    outside.push({ type: 'saves.changed', scenarioId: null });
    actor.send({ type: 'otherTab.load' });
    expect(actor.getSnapshot().matches({ screen: 'opening' })).toBe(true);
    expect(actor.getSnapshot().context.resume).toBe(true);
    await waitFor(actor, (s) => s.matches({ screen: 'playing' }));
    expect(appViewState(actor.getSnapshot()).notices.otherTab).toBe(false);
  });

  it('tells a save from a newer build once, however often the title reads the saves', async () => {
    const newer = JSON.stringify({ ...createSave(scenario, [], new Date(0)), saveFormat: 999 });
    const { actor } = shell({ store: memoryStore({ [`save:${scenario.id}`]: newer }) });
    expect(actor.getSnapshot().context.notice).toBe('newer');
    actor.send({ type: 'notice.dismissed' });
    actor.send({ type: 'casus.open', scenarioId: scenario.id, resume: false });
    await waitFor(actor, (s) => s.matches({ screen: 'playing' }));
    actor.send({ type: 'casus.close' });
    expect(actor.getSnapshot().context.notice).toBeNull();
  });
});

describe('app shell: reporting, storage and settings', () => {
  it('takes what reporting found before the app started, and lets the player dismiss it', () => {
    const reporting = eventBuffer<AppEvent>();
    reporting.push({ type: 'lms.full' });
    reporting.push({ type: 'lrs.resolved', lrs: { host: 'lrs.example' }, refused: false });
    reporting.push({ type: 'lrs.active', classCode: 'K7' });
    const machine = appMachine.provide({ actors: { lrsStatus: fromCallback<AppEvent>(({ sendBack }) => reporting.listen(sendBack)) } });
    const actor = createActor(machine, {
      input: { settings, lineDelayMs: 0, ports: storePorts(memoryStore()), destinations: { parent: null, lms: true } },
    }).start();
    const state = appViewState(actor.getSnapshot());
    expect(state.notices).toMatchObject({ lmsFull: true, lrsInfo: { classCode: 'K7' }, lrsWaiting: false });
    expect(state.title.destinations).toEqual({ lrs: { host: 'lrs.example' }, parent: null, lms: true });
    expect(state.classCode).toBe('K7');
    reporting.push({ type: 'lrs.waiting', waiting: true });
    expect(appViewState(actor.getSnapshot()).notices.lrsWaiting).toBe(true);
    actor.send({ type: 'lrsInfo.dismissed' });
    expect(appViewState(actor.getSnapshot()).notices.lrsInfo).toBeNull();
  });

  it('says once that storage failed', () => {
    const storage = eventBuffer<AppEvent>();
    const machine = appMachine.provide({ actors: { storageStatus: fromCallback<AppEvent>(({ sendBack }) => storage.listen(sendBack)) } });
    const actor = createActor(machine, { input: { settings, lineDelayMs: 0, ports: storePorts(memoryStore()) } }).start();
    expect(appViewState(actor.getSnapshot()).notices.storageFailed).toBe(false);
    storage.push({ type: 'storage.failed' });
    expect(appViewState(actor.getSnapshot()).notices.storageFailed).toBe(true);
  });

  it('emits each setting the player changes, to be stored', () => {
    const { actor, emitted } = shell();
    actor.send({ type: 'language.changed', lang: 'en' });
    actor.send({ type: 'sound.toggled' });
    actor.send({ type: 'themes.changed', themes: ['schulden'] });
    actor.send({ type: 'intro.dismissed' });
    actor.send({ type: 'sound.cue', sound: 'select' });
    expect(emitted.filter((e) => e.type !== 'library.ready')).toEqual([
      { type: 'settings.changed', settings: { lang: 'en' } },
      { type: 'settings.changed', settings: { sound: false } },
      { type: 'settings.changed', settings: { themes: ['schulden'] } },
      { type: 'settings.changed', settings: { introSeen: true } },
      { type: 'sound', sound: 'select' },
    ]);
    expect(appViewState(actor.getSnapshot()).preferences).toEqual({ themes: ['schulden'], introSeen: true });
  });
});

describe('app shell: launch links', () => {
  it('opens the casus a link names, resuming its save, and says above it what the link could not honour', async () => {
    const store = memoryStore();
    writeSave(store, scenario, [{ type: 'casus.begin' }], new Date(0));
    const { actor, emitted } = shell({ store, input: { launch: { scenarioId: scenario.id, misread: true, reportingNotice: null } } });
    expect(actor.getSnapshot().matches({ screen: 'opening' })).toBe(true);
    expect(actor.getSnapshot().context.resume).toBe(true);
    expect(emitted).toContainEqual({ type: 'library.ready', scenarioIds: [scenario.id] });
    await waitFor(actor, (s) => s.matches({ screen: 'playing' }));
    expect(appViewState(actor.getSnapshot()).notices.launchNotice).toBe('link');
    actor.send({ type: 'casus.close' });
    // The title says it itself.
    expect(appViewState(actor.getSnapshot()).notices.launchNotice).toBeNull();
  });

  it('says on the title that a link named a casus or tariff set the game does not know', () => {
    const { actor } = shell({ input: { launch: { scenarioId: 'bestaat-niet', misread: false, reportingNotice: 'lms' } } });
    expect(actor.getSnapshot().matches({ screen: 'title' })).toBe(true);
    expect(actor.getSnapshot().context.notice).toBe('link');
    const tariffs = shell({ input: { launch: { tarieven: 'onbekend', misread: false, reportingNotice: null } } });
    expect(tariffs.actor.getSnapshot().context.notice).toBe('link');
    const lms = shell({ input: { launch: { misread: false, reportingNotice: 'lms' } } });
    expect(lms.actor.getSnapshot().context.notice).toBe('lms');
  });

  it('says on the title that something stored was set aside before the app started', () => {
    const { actor } = shell({ input: { setAside: true } });
    expect(actor.getSnapshot().context.notice).toBe('setAside');
  });
});

describe('appViewState', () => {
  it('keeps the title data the same object while only a notice above it changes, so the title is not drawn again', () => {
    const { actor, outside } = shell();
    const before = appViewState(actor.getSnapshot());
    actor.send({ type: 'lrs.waiting', waiting: true });
    const after = appViewState(actor.getSnapshot());
    expect(after.notices.lrsWaiting).toBe(true);
    expect(after.title.scenarios).toBe(before.title.scenarios);
    expect(after.title.saves).toBe(before.title.saves);
    expect(after.title.tariffs.options).toBe(before.title.tariffs.options);
    outside.push({ type: 'saves.changed', scenarioId: scenario.id });
    expect(appViewState(actor.getSnapshot()).title.saves).not.toBe(before.title.saves);
  });

  it('names the screen, the casus being opened and the playing session', async () => {
    const { actor } = shell({ ready: false });
    expect(appViewState(actor.getSnapshot())).toMatchObject({ screen: 'loading', playing: null, opening: null });
    actor.send({ type: 'assets.ready', library });
    actor.send({ type: 'casus.open', scenarioId: scenario.id, resume: false });
    expect(appViewState(actor.getSnapshot())).toMatchObject({ screen: 'opening', opening: scenario.id });
    await waitFor(actor, (s) => s.matches({ screen: 'playing' }));
    const state = appViewState(actor.getSnapshot());
    expect(state.screen).toBe('playing');
    expect(state.playing?.scenario.id).toBe(scenario.id);
    expect(state.playing?.view.phase).toBe('briefing');
    actor.send({ type: 'app.failed', message: 'kapot' });
    expect(appViewState(actor.getSnapshot())).toMatchObject({ screen: 'error', error: 'kapot', playing: null });
  });
});
