import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { allRoutes } from '../../src/domain/play/route-analysis.ts';
import { sessionView } from '../../src/domain/session/selectors.ts';
import { createSessionMachine } from '../../src/domain/session/session-machine.ts';
import { loadScenarioFile } from './load-fixture.ts';

const scenario = loadScenarioFile('test/fixtures/scenarios/minimal-valid.yaml');

function started() {
  const actor = createActor(createSessionMachine(scenario)).start();
  actor.send({ type: 'casus.begin' });
  return actor;
}

describe('session machine', () => {
  it('goes briefing → deciding → revealing → consequence → deciding', () => {
    const actor = started();
    expect(actor.getSnapshot().value).toBe('deciding');
    actor.send({ type: 'choice.selected', optionId: 'begeleiding' });
    expect(actor.getSnapshot().value).toBe('revealing');
    actor.send({ type: 'kassabon.revealed' });
    expect(actor.getSnapshot().value).toBe('consequence');
    actor.send({ type: 'moment.continue' });
    expect(actor.getSnapshot().value).toBe('deciding');
    expect(actor.getSnapshot().context.momentId).toBe('evaluatie');
  });

  it('ignores an option that state makes unavailable', () => {
    const actor = started();
    actor.send({ type: 'choice.selected', optionId: 'niets' });
    actor.send({ type: 'kassabon.revealed' });
    actor.send({ type: 'moment.continue' });
    actor.send({ type: 'choice.selected', optionId: 'afronden' }); // requires hulp: true
    expect(actor.getSnapshot().value).toBe('deciding');
    const view = sessionView(scenario, 'deciding', actor.getSnapshot().context);
    expect(view.options.map((o) => o.id)).toEqual(['crisis']);
  });

  it('shows the kassabon of the last choice and a running total', () => {
    const actor = started();
    actor.send({ type: 'choice.selected', optionId: 'begeleiding' });
    const view = sessionView(scenario, 'revealing', actor.getSnapshot().context);
    expect(view.lastStep?.lines.map((l) => l.subtotalCents)).toEqual([180_000]);
    expect(view.runningTotalCents).toBe(180_000);
  });

  it('restarts from anywhere with a clean context', () => {
    const actor = started();
    actor.send({ type: 'choice.selected', optionId: 'begeleiding' });
    actor.send({ type: 'session.restart' });
    expect(actor.getSnapshot().value).toBe('briefing');
    expect(actor.getSnapshot().context.steps).toEqual([]);
  });

  it.each(allRoutes(scenario).map((r) => [r.steps.map((s) => s.optionId).join(' → '), r] as const))(
    'plays route %s to its ending',
    (_name, route) => {
      const actor = started();
      for (const step of route.steps) {
        actor.send({ type: 'choice.selected', optionId: step.optionId });
        actor.send({ type: 'kassabon.revealed' });
        actor.send({ type: 'moment.continue' });
      }
      expect(actor.getSnapshot().value).toBe('debrief');
      expect(actor.getSnapshot().context.endingId).toBe(route.endingId);
    },
  );
});
