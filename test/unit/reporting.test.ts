import { describe, expect, it } from 'vitest';
import type { SessionActor } from '../../src/app/app-machine.ts';
import { parseLaunchParams } from '../../src/app/launch-params.ts';
import { MESSAGE_SOURCE, postMessageReporter } from '../../src/app/reporting/post-message-reporter.ts';
import { bindReporting, type Reporter } from '../../src/app/reporting/reporter.ts';
import type { Report } from '../../src/app/reporting/reports.ts';
import { minimalScenario } from './support/scenario-builder.ts';
import { startSession } from './support/session.ts';

const scenario = minimalScenario();

function playThrough(reporters: Reporter[]) {
  const actor = startSession(scenario, { lineDelayMs: 450 }) as unknown as SessionActor;
  const unbind = bindReporting(actor, reporters);
  actor.send({ type: 'casus.begin' });
  for (const optionId of ['begeleiding', 'afronden']) {
    actor.send({ type: 'choice.selected', optionId });
    actor.send({ type: 'kassabon.revealed' });
    actor.send({ type: 'moment.continue' });
  }
  return unbind;
}

describe('the reporting port', () => {
  it('turns emitted session events into reports with kassabon lines, value deltas, scores and route', () => {
    const reports: Report[] = [];
    playThrough([{ name: 'test', report: (r) => reports.push(r) }]);
    expect(reports.filter((r) => r.type !== 'progress.changed').map((r) => r.type)).toEqual([
      'casus.begun',
      'moment.entered',
      'choice.made',
      'moment.entered',
      'choice.made',
      'casus.completed',
    ]);
    const choice = reports.find((r) => r.type === 'choice.made');
    expect(choice).toMatchObject({ casusId: scenario.id, momentId: 'intake', optionId: 'begeleiding', totalCents: 180_000 });
    expect(choice?.type === 'choice.made' ? choice.lines[0] : null).toMatchObject({ payer: expect.any(String), subtotalCents: 180_000 });
    const completed = reports.find((r) => r.type === 'casus.completed');
    expect(completed?.type === 'casus.completed' ? Object.keys(completed.scores) : []).toEqual([
      'legitimiteit',
      'betrokkenheid',
      'rendement',
      'balans',
    ]);
    expect(completed).toMatchObject({ route: [{ momentId: 'intake', optionId: 'begeleiding' }, { optionId: 'afronden' }] });
  });

  it('keeps the game going when a reporter throws', () => {
    const good: Report[] = [];
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect(() =>
        playThrough([
          {
            name: 'broken',
            report: () => {
              throw new Error('LMS gone');
            },
          },
          { name: 'ok', report: (r) => good.push(r) },
        ]),
      ).not.toThrow();
    } finally {
      console.warn = warn;
    }
    expect(good.some((r) => r.type === 'casus.completed')).toBe(true);
  });

  it('posts to the parent only, with the configured target origin, and never the resume log', () => {
    const posted: { message: unknown; origin: string }[] = [];
    const reporter = postMessageReporter({ postMessage: (message, origin) => posted.push({ message, origin }) }, 'https://elo.example.nl');
    reporter.ready(['twee-zonen']);
    playThrough([reporter]);
    expect(new Set(posted.map((p) => p.origin))).toEqual(new Set(['https://elo.example.nl']));
    const types = posted.map((p) => (p.message as { type: string }).type);
    expect(types[0]).toBe('ready');
    expect(types).not.toContain('progress.changed');
    expect(posted.every((p) => (p.message as { source: string }).source === MESSAGE_SOURCE)).toBe(true);
  });
});

describe('launch parameters', () => {
  it('reads casus, taal, modus, ouder and lms', () => {
    expect(parseLaunchParams('?casus=twee-zonen&taal=en&modus=speler&ouder=https://elo.example.nl/&lms=scorm12')).toEqual({
      casus: 'twee-zonen',
      taal: 'en',
      modus: 'speler',
      ouder: 'https://elo.example.nl',
      lms: 'scorm12',
      ignored: [],
    });
  });

  it('drops values it does not understand and names them', () => {
    const parsed = parseLaunchParams('?casus=Twee%20Zonen&taal=de&modus=publiek&ouder=javascript:alert(1)&lms=aicc');
    expect(parsed).toEqual({ ignored: ['casus', 'taal', 'modus', 'ouder', 'lms'] });
  });

  it('accepts the wildcard origin only when it is written out, and never a path as an origin', () => {
    expect(parseLaunchParams('?ouder=*').ouder).toBe('*');
    expect(parseLaunchParams('?ouder=https://elo.example.nl/cursus').ignored).toEqual(['ouder']);
    expect(parseLaunchParams('').ignored).toEqual([]);
  });
});
