import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { appMachine, type AppEmitted, type OpenScenarioInput, type OpenedScenario } from '../../src/app/app-machine.ts';
import { storePorts } from '../../src/app/stored-progress.ts';
import { appViewState } from '../../src/app/app-view-state.ts';
import { prefilledChoices, standsAtPrefilled } from '../../src/ui/screens/session/prefilled-note.ts';
import { minimalScenario } from './support/scenario-builder.ts';
import { memoryStore } from './support/memory-store.ts';

const scenario = minimalScenario();
const first = scenario.moments[scenario.start]!;
const step = { momentId: scenario.start, optionId: first.options[0]!.id };
const settings = { lang: 'nl', sound: true, themes: [], tariffs: 'standaard', introSeen: false } as const;

function app() {
  const machine = appMachine.provide({
    actors: {
      openScenario: fromPromise<OpenedScenario, OpenScenarioInput>(() => Promise.resolve({ kind: 'ready', scenario, restored: null })),
    },
  });
  const actor = createActor(machine, { input: { settings, lineDelayMs: 0, ports: storePorts(memoryStore()) } }).start();
  actor.send({ type: 'assets.ready', library: { entries: [], problems: [] } });
  const emitted: AppEmitted['type'][] = [];
  actor.on('werkplaats.reopen', (event) => emitted.push(event.type));
  return { actor, emitted };
}

describe('a casus played from the werkplaats', () => {
  it('knows the choices filled in, and "terug naar de werkplaats" returns to the title asking to reopen it', async () => {
    const { actor, emitted } = app();
    actor.send({ type: 'werkplaats.play', scenario, resume: false, prefilled: [step] });
    await waitFor(actor, (s) => s.matches({ screen: 'playing' }));
    expect(appViewState(actor.getSnapshot()).playing?.werkplaats).toEqual({ prefilled: [step] });
    actor.send({ type: 'werkplaats.return' });
    expect(actor.getSnapshot().matches({ screen: 'title' })).toBe(true);
    expect(emitted).toEqual(['werkplaats.reopen']);
    expect(actor.getSnapshot().context.werkplaats).toBeNull();
  });

  it('a casus opened from the title has no way back to the werkplaats', async () => {
    const { actor, emitted } = app();
    actor.send({ type: 'werkplaats.play', scenario, resume: false, prefilled: [] });
    await waitFor(actor, (s) => s.matches({ screen: 'playing' }));
    actor.send({ type: 'casus.close' });
    expect(actor.getSnapshot().context.werkplaats).toBeNull();
    actor.send({ type: 'casus.open', scenarioId: scenario.id, resume: false });
    await waitFor(actor, (s) => s.matches({ screen: 'playing' }));
    expect(appViewState(actor.getSnapshot()).playing?.werkplaats).toBeNull();
    actor.send({ type: 'werkplaats.return' });
    expect(actor.getSnapshot().matches({ screen: 'playing' })).toBe(true);
    expect(emitted).toEqual([]);
  });

  it('names each filled-in choice by its moment and label, in both languages, only while the route is that one', () => {
    const label = (lang: 'nl' | 'en') =>
      typeof first.options[0]!.label === 'string' ? first.options[0]!.label : first.options[0]!.label[lang];
    const title = (lang: 'nl' | 'en') => (typeof first.title === 'string' ? first.title : (first.title[lang] ?? first.title.nl));
    expect(prefilledChoices(scenario, [step], 'nl')).toEqual([`${title('nl')}: ${label('nl') ?? ''}`]);
    expect(prefilledChoices(scenario, [step], 'en')[0]).toContain(title('en'));
    expect(standsAtPrefilled([step], [step])).toBe(true);
    expect(standsAtPrefilled([], [step])).toBe(false);
    expect(standsAtPrefilled([{ ...step, optionId: 'other' }], [step])).toBe(false);
    expect(standsAtPrefilled([], [])).toBe(false);
  });
});
