import { describe, expect, it } from 'vitest';
import { cumulative, monthlyCents, periodStartMonth } from '../../src/domain/debrief/cost-timeline.ts';
import { compareRoutes } from '../../src/domain/debrief/route-comparison.ts';
import { lowestValue } from '../../src/domain/debrief/lowest-value.ts';
import { wrongPocket } from '../../src/domain/debrief/wrong-pocket.ts';
import { cheapestRoute } from '../../src/domain/play/route-analysis.ts';
import type { ReceiptLine } from '../../src/domain/costs/receipt.ts';
import { differenceWords, lessonPocketWords, wrongPocketWords } from '../../src/i18n/debrief-text.ts';
import { checkFolder } from './checked-folder.ts';

const twee = checkFolder().files.find((f) => f.scenario?.id === 'twee-zonen')!.scenario!;

describe('cost over time', () => {
  it('books each counted period in the month it starts', () => {
    expect([0, 1, 4, 5, 51].map((k) => periodStartMonth('per_week', 2, k))).toEqual([2, 2, 2, 3, 13]);
    expect(periodStartMonth('per_jaar', 3, 1)).toBe(15);
    expect(periodStartMonth('eenmalig', 7, 0)).toBe(7);
    const line = { cost: { amountCents: 100, frequency: 'per_maand' }, countedPeriods: 3, momentId: 'm' } as unknown as ReceiptLine;
    expect(cumulative(monthlyCents([line], () => 4, 6))).toEqual([0, 0, 0, 0, 100, 200]);
  });
});

describe('the debrief of Twee zonen (numbers from issue 8)', () => {
  const thrifty = cheapestRoute(twee);
  const rows = compareRoutes(twee, thrifty.steps, thrifty.endingId);

  it('shows always-the-cheapest as € 21.025 dearer than the best balanced route, in plain words', () => {
    const best = rows.find((r) => r.kind === 'best')!;
    expect(rows[0]!.totalCents).toBe(5_200_000);
    expect(best.totalCents).toBe(3_097_500);
    expect(rows.find((r) => r.kind === 'cheapest')!.isYours).toBe(true);
    expect(differenceWords('best', best.difference, 'nl')).toMatch(
      /^€\s21\.025,00 duurder dan de best gebalanceerde route, en lager op .*betrokkenheid/,
    );
    expect(differenceWords('best', best.difference, 'en')).toMatch(/^€21,025\.00 more than the best balanced route, and lower on/);
    expect(differenceWords('systeem', rows.find((r) => r.kind === 'systeem')!.difference, 'nl')).toMatch(
      /^€\s76\.800,00 goedkoper dan de systeemroute$/,
    );
  });

  it('names who pays more and who saves', () => {
    const pocket = wrongPocket(twee, thrifty.steps);
    expect(wrongPocketWords(twee, pocket, 'nl')).toMatch(/Minder kwijt: /);
  });

  it('finds the lowest value, the first in triangle order on a tie', () => {
    expect(lowestValue({ legitimiteit: 40, betrokkenheid: 30, rendement: 30 })).toBe('betrokkenheid');
    expect(lowestValue({ legitimiteit: 50, betrokkenheid: 50, rendement: 50 })).toBe('legitimiteit');
  });
});

describe('reflection questions', () => {
  it('groups the questions in the four phases of a debriefing, in order, the lowest value’s first within a phase', async () => {
    const { reflectionFor } = await import('../../src/domain/debrief/reflection.ts');
    const reflection = reflectionFor(twee, { legitimiteit: 60, betrokkenheid: 70, rendement: 40 });
    expect(twee.reflection.length).toBeGreaterThanOrEqual(4);
    expect(reflection.lowest).toBe('rendement');
    expect(reflection.phases.map((g) => g.phase)).toEqual(['gebeurd', 'gevoeld', 'betekenis', 'doen']);
    expect(reflection.questions.length).toBe(twee.reflection.length);
    for (const group of reflection.phases) {
      const tied = group.questions.map((q) => q.tiedToLowest);
      expect(tied).toEqual([...tied].sort((a, b) => Number(b) - Number(a)));
    }
    expect(reflection.questions.filter((q) => q.tiedToLowest).every((q) => q.value === 'rendement')).toBe(true);
    expect(reflection.questions.every((q) => q.question.en)).toBe(true);
  });
});

describe('attempts kept per casus', () => {
  it('round-trips through storage text, keeps the latest MAX_ATTEMPTS and reads damage as none', async () => {
    const { attemptOf, readAttempts, withAttempt, writeAttempts, MAX_ATTEMPTS } = await import('../../src/domain/debrief/attempts.ts');
    const { scoreRoute } = await import('../../src/domain/scoring/score.ts');
    const route = cheapestRoute(twee);
    const attempt = attemptOf({ endingId: route.endingId, steps: route.steps, score: scoreRoute(twee, route.steps) }, new Date(0));
    expect(attempt.totalCents).toBe(5_200_000);
    let list = readAttempts(null);
    for (let i = 0; i < MAX_ATTEMPTS + 3; i++) list = withAttempt(list, { ...attempt, overall: i });
    expect(list).toHaveLength(MAX_ATTEMPTS);
    expect(list[0]!.overall).toBe(3);
    expect(readAttempts(writeAttempts(list))).toEqual(list);
    expect(readAttempts('{"version":1,"attempts":[{"steps":1}]}')).toEqual([]);
    expect(readAttempts('not json')).toEqual([]);
  });
});

describe('the first screen names who pays and who saves in one sentence', () => {
  const payers = Object.keys(twee.payers);
  const row = (payer: string, savedCents: number) => ({ payer, routeCents: 0, systeemCents: 0, savedCents });
  const name = (payer: string) => {
    const p = twee.payers[payer]!;
    return typeof p.name === 'string' ? p.name : p.name.nl;
  };

  it('names the payer who pays most and the one who saves most, and counts the others', () => {
    const words = lessonPocketWords(twee, { payMost: row(payers[0]!, -1_234_500), saveMost: row(payers[1]!, 50_000), others: 2 }, 'nl');
    expect(words).toBe(
      `${name(payers[0]!)} is €\u00a012.345 meer kwijt dan in de systeemroute; ${name(payers[1]!)} is €\u00a0500 minder kwijt. Bij nog 2 betalers verschuift er geld: zie ‘Wie betaalt, wie bespaart’.`,
    );
  });

  it('says so when nobody saves, when nobody pays more, and when nothing moves', () => {
    expect(lessonPocketWords(twee, { payMost: row(payers[0]!, -100), others: 0 }, 'nl')).toMatch(
      /meer kwijt dan in de systeemroute; geen betaler is minder kwijt\.$/,
    );
    expect(lessonPocketWords(twee, { saveMost: row(payers[0]!, 100), others: 1 }, 'en')).toMatch(
      /spends €1 less than in the systeemroute; no payer spends more\. Money moves for 1 more payer/,
    );
    expect(lessonPocketWords(twee, { others: 0 }, 'nl')).toBe('Elke betaler is even veel kwijt als in de systeemroute.');
  });
});
