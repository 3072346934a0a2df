import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { allRoutes } from '../../src/domain/play/route-analysis.ts';
import { phaseOf, sessionView } from '../../src/domain/session/selectors.ts';
import { startSession } from './support/session.ts';
import { minimalScenario } from './support/scenario-builder.ts';

const scenario = minimalScenario();

function started() {
  const actor = startSession(scenario, { lineDelayMs: 450 });
  actor.send({ type: 'casus.begin' });
  return actor;
}

describe('session machine', () => {
  it('goes briefing → deciding → revealing → consequence → deciding', () => {
    const actor = started();
    expect(actor.getSnapshot().value).toBe('deciding');
    actor.send({ type: 'choice.selected', optionId: 'begeleiding' });
    expect(phaseOf(actor.getSnapshot().value)).toBe('revealing');
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
    const printing = sessionView(scenario, 'revealing', actor.getSnapshot().context);
    expect(printing.lastStep?.lines.map((l) => l.subtotalCents)).toEqual([180_000]);
    expect(printing.runningTotalCents).toBe(0); // nothing printed yet
    actor.send({ type: 'kassabon.revealed' });
    const printed = sessionView(scenario, 'consequence', actor.getSnapshot().context);
    expect(printed.lines).toHaveLength(1);
    expect(printed.runningTotalCents).toBe(180_000);
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

describe('kassabon printing', () => {
  it('prints one line per delay on a simulated clock, then tells the consequence', () => {
    const clock = new SimulatedClock();
    const actor = startSession(scenario, { lineDelayMs: 300, clock });
    actor.send({ type: 'casus.begin' });
    actor.send({ type: 'choice.selected', optionId: 'niets' });
    actor.send({ type: 'kassabon.revealed' });
    actor.send({ type: 'moment.continue' });
    actor.send({ type: 'choice.selected', optionId: 'crisis' }); // one cost line
    expect(actor.getSnapshot().context.printed).toBe(0);
    expect(phaseOf(actor.getSnapshot().value)).toBe('revealing');
    clock.increment(299);
    expect(actor.getSnapshot().context.printed).toBe(0);
    clock.increment(1);
    expect(actor.getSnapshot().context.printed).toBe(1);
    expect(phaseOf(actor.getSnapshot().value)).toBe('consequence');
    expect(actor.getSnapshot().context.log.at(-1)).toEqual({ type: 'kassabon.revealed' });
  });

  it('goes straight to the consequence when a choice costs nothing', () => {
    const actor = started();
    actor.send({ type: 'choice.selected', optionId: 'niets' });
    expect(phaseOf(actor.getSnapshot().value)).toBe('consequence');
  });

  it('can be skipped: everything printed at once', () => {
    const actor = started();
    actor.send({ type: 'choice.selected', optionId: 'begeleiding' });
    actor.send({ type: 'kassabon.revealed' });
    expect(phaseOf(actor.getSnapshot().value)).toBe('consequence');
    expect(actor.getSnapshot().context.printed).toBe(1);
  });
});
