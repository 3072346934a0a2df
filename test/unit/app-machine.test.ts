import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { appMachine, type OpenScenarioInput, type OpenedScenario, type SessionActor } from '../../src/app/app-machine.ts';
import { storePorts } from '../../src/app/stored-progress.ts';
import { createScenarioOpener } from '../../src/app/open-scenario.ts';
import { resumeOffer, storeLog } from '../../src/app/save-store.ts';
import { summarise } from '../../src/domain/scenario/scenario-summary.ts';
import { createSave } from '../../src/domain/session/save.ts';
import { minimalScenario } from './support/scenario-builder.ts';
import { memoryStore } from './support/memory-store.ts';

const scenario = minimalScenario();

const library = { entries: [{ summary: summarise(scenario), load: () => Promise.resolve(scenario) }], problems: [] };
const settings = { lang: 'nl', sound: true, themes: [], tariffs: 'standaard', introSeen: false } as const;

function app(open: (input: OpenScenarioInput) => Promise<OpenedScenario>, store = memoryStore()) {
  const machine = appMachine.provide({ actors: { openScenario: fromPromise(({ input }: { input: OpenScenarioInput }) => open(input)) } });
  const actor = createActor(machine, { input: { settings, lineDelayMs: 0, ports: storePorts(store) } }).start();
  actor.send({ type: 'assets.ready', library });
  return actor;
}

describe('app machine', () => {
  it('resumes a log an LMS kept in suspend_data, stored without hash or progress, like any save', async () => {
    const store = memoryStore();
    storeLog(
      store,
      scenario.id,
      [
        { type: 'casus.begin' },
        { type: 'choice.selected', optionId: 'begeleiding' },
        { type: 'kassabon.revealed' },
        { type: 'moment.continue' },
      ],
      new Date(0),
    );
    expect(resumeOffer(store, scenario.id)).toEqual({ kind: 'resumable', finished: false });
    const actor = app(createScenarioOpener(library, store), store);
    actor.send({ type: 'casus.open', scenarioId: scenario.id, resume: true });
    await waitFor(actor, (s) => s.matches({ screen: 'playing' }));
    const session = actor.getSnapshot().children.session as SessionActor;
    expect(session.getSnapshot().value).toBe('deciding');
    expect(session.getSnapshot().context.momentId).toBe('evaluatie');
  });

  it('raises a notice for the title (a misread link, a missing LMS) and lets the player dismiss it', () => {
    const actor = app(() => Promise.reject(new Error('not opened')));
    actor.send({ type: 'notice.raised', notice: 'lms' });
    expect(actor.getSnapshot().context.notice).toBe('lms');
    actor.send({ type: 'notice.dismissed' });
    expect(actor.getSnapshot().context.notice).toBeNull();
  });

  it('opens a casus, invokes its session for as long as it plays, and stops it on close', async () => {
    const actor = app(createScenarioOpener(library, memoryStore()));
    actor.send({ type: 'casus.open', scenarioId: scenario.id, resume: false });
    expect(actor.getSnapshot().matches({ screen: 'opening' })).toBe(true);
    await waitFor(actor, (s) => s.matches({ screen: 'playing' }));
    const session = actor.getSnapshot().children.session as SessionActor;
    expect(session.getSnapshot().value).toBe('briefing');
    actor.send({ type: 'casus.close' });
    expect(actor.getSnapshot().matches({ screen: 'title' })).toBe(true);
    expect(actor.getSnapshot().children.session).toBeUndefined();
    expect(session.getSnapshot().status).toBe('stopped');
  });

  it('resumes a stored save where it left off', async () => {
    const log = [{ type: 'casus.begin' }, { type: 'choice.selected', optionId: 'begeleiding' }, { type: 'kassabon.revealed' }] as const;
    const store = memoryStore({ [`save:${scenario.id}`]: JSON.stringify(createSave(scenario, log, new Date(0))) });
    const actor = app(createScenarioOpener(library, store), store);
    actor.send({ type: 'casus.open', scenarioId: scenario.id, resume: true });
    await waitFor(actor, (s) => s.matches({ screen: 'playing' }));
    const session = actor.getSnapshot().children.session as SessionActor;
    expect(session.getSnapshot().value).toBe('consequence');
    expect(session.getSnapshot().context.steps).toHaveLength(1);
  });

  it('returns to the title with a notice when the save no longer plays, and sets it aside', async () => {
    const broken = {
      ...createSave(scenario, [], new Date(0)),
      structureHash: 'ffffffff',
      log: [{ type: 'casus.begin' }, { type: 'choice.selected', optionId: 'weg' }],
    };
    const store = memoryStore({ [`save:${scenario.id}`]: JSON.stringify(broken) });
    const actor = app(createScenarioOpener(library, store), store);
    actor.send({ type: 'casus.open', scenarioId: scenario.id, resume: true });
    await waitFor(actor, (s) => s.matches({ screen: 'title' }));
    expect(actor.getSnapshot().context.notice).toBe('outdated');
    // Set aside, not deleted: moved to its quarantine key.
    expect([...store.data.keys()]).toEqual([`quarantaine:save:${scenario.id}`]);
    expect(store.data.get(`quarantaine:save:${scenario.id}`)).toBe(JSON.stringify(broken));
  });

  it('says the casus is unavailable when its chunk fails to load', async () => {
    const actor = app(() => Promise.reject(new Error('network')));
    actor.send({ type: 'casus.open', scenarioId: scenario.id, resume: false });
    await waitFor(actor, (s) => s.matches({ screen: 'title' }));
    expect(actor.getSnapshot().context.notice).toBe('unavailable');
  });
});
