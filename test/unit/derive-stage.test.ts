import { describe, expect, it } from 'vitest';
import { BADGE_RADIUS, scoreReach } from '../../src/view/phaser/draw/triangle.ts';
import { stageForSession } from '../../src/app/derive-stage.ts';
import type { SessionEvent } from '../../src/domain/session/events.ts';
import { phaseOf, sessionView } from '../../src/domain/session/selectors.ts';
import { startSession } from './support/session.ts';
import { minimalScenario } from './support/scenario-builder.ts';

const scenario = minimalScenario();

function stageAfter(events: readonly SessionEvent[], lang: 'nl' | 'en' = 'nl') {
  const actor = startSession(scenario);
  for (const event of events) actor.send(event);
  const snapshot = actor.getSnapshot();
  return stageForSession(scenario, sessionView(scenario, phaseOf(snapshot.value), snapshot.context), lang);
}

describe('stage state for the Phaser view', () => {
  it('shows the household and an empty printer before any choice', () => {
    const stage = stageAfter([{ type: 'casus.begin' }]);
    expect(stage.mode).toBe('household');
    if (stage.mode !== 'household') return;
    expect(stage.household.map((f) => f.name)).toEqual(['Sandra']);
    expect(stage.receipt.lines).toEqual([]);
    expect(stage.monthLabel).toBe('Maand 0');
  });

  it('prints the latest choice, translated and formatted, with a total', () => {
    const stage = stageAfter(
      [
        { type: 'casus.begin' },
        { type: 'choice.selected', optionId: 'niets' },
        { type: 'moment.continue' },
        { type: 'choice.selected', optionId: 'crisis' },
        { type: 'kassabon.revealed' },
      ],
      'en',
    );
    if (stage.mode !== 'household') throw new Error(stage.mode);
    expect(stage.receipt.lines).toEqual([{ label: 'Crisis shelter', amount: '€2,501.00' }]);
    expect(stage.receipt.printed).toBe(1);
    expect(stage.receipt.printId).toBe('evaluatie/crisis');
    expect(stage.mood).toBe('tense');
    expect(stage.timeline).toBe(0.5);
  });

  it('draws the triangle with the scores at the debrief', () => {
    const stage = stageAfter([
      { type: 'casus.begin' },
      { type: 'choice.selected', optionId: 'begeleiding' },
      { type: 'kassabon.revealed' },
      { type: 'moment.continue' },
      { type: 'choice.selected', optionId: 'afronden' },
      { type: 'moment.continue' },
    ]);
    expect(stage).toMatchObject({
      mode: 'debrief',
      tone: 'goed',
      scores: [
        { key: 'legitimiteit', score: 55 },
        { key: 'betrokkenheid', score: 65 },
        { key: 'rendement', score: 84 },
      ],
    });
  });
});

describe('the triangle reads in any language and for any score', () => {
  it("labels its corners in the player's language", () => {
    const events: SessionEvent[] = [
      { type: 'casus.begin' },
      { type: 'choice.selected', optionId: 'begeleiding' },
      { type: 'kassabon.revealed' },
      { type: 'moment.continue' },
      { type: 'choice.selected', optionId: 'afronden' },
      { type: 'moment.continue' },
    ];
    const en = stageAfter(events, 'en');
    const nl = stageAfter(events, 'nl');
    expect(en.mode === 'debrief' && en.scores.map((s) => s.label)).toEqual(['Legitimacy', 'Engagement', 'Return']);
    expect(nl.mode === 'debrief' && nl.scores.map((s) => s.label)).toEqual(['Legitimiteit', 'Betrokkenheid', 'Rendement']);
    // The systeemroute's reference outline: by the same rule it moves no value, and says its name in the player's language.
    expect(en.mode === 'debrief' && en.reference).toEqual({
      scores: { legitimiteit: 50, betrokkenheid: 50, rendement: 50 },
      label: 'Standard route',
    });
    expect(nl.mode === 'debrief' && nl.reference.label).toBe('Systeemroute');
  });

  it('places even a score of 0 outside the balance badge, and 100 on the corner', () => {
    const radius = 196;
    expect(scoreReach(0, radius) * radius).toBeGreaterThan(BADGE_RADIUS);
    expect(scoreReach(100, radius)).toBe(1);
    expect(scoreReach(10, radius)).toBeLessThan(scoreReach(56, radius));
  });
});
