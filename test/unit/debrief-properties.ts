import { expect } from 'vitest';
import { totalCents } from '../../src/domain/costs/receipt.ts';
import { systeemrouteLines } from '../../src/domain/costs/systeemroute.ts';
import { costTimeline } from '../../src/domain/debrief/route-timeline.ts';
import { compareRoutes } from '../../src/domain/debrief/route-comparison.ts';
import { resultCsv, resultRecord, RESULT_CSV_COLUMNS } from '../../src/domain/debrief/result-export.ts';
import { scaleUp } from '../../src/domain/debrief/scale-up.ts';
import { wrongPocket } from '../../src/domain/debrief/wrong-pocket.ts';
import { allRoutes, bestRoute, cheapestRoute, dearestRoute } from '../../src/domain/play/route-analysis.ts';
import { routeLines } from '../../src/domain/play/route.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { pick } from '../../src/domain/scenario/text.ts';
import { scoreRoute } from '../../src/domain/scoring/score.ts';
import { debriefLesson } from '../../src/domain/debrief/lesson.ts';
import { differenceWords, lessonPocketWords } from '../../src/i18n/debrief-text.ts';
import type { ScenarioProperty } from './scenario-properties.ts';
import { progressPart, saveRoundTrip } from './save-round-trip.ts';
import { startSession } from './support/session.ts';
import { whatIf } from '../../src/domain/debrief/what-if.ts';
import { availableOptions, stateAfter } from '../../src/domain/play/route.ts';

/** A few routes of the casus to hold the debrief to: the first ones, the greedy ones and the best. */
function sampleRoutes(scenario: Scenario) {
  return [...allRoutes(scenario, 40), cheapestRoute(scenario), dearestRoute(scenario), bestRoute(scenario)];
}

/** What the debrief's numbers must satisfy in every casus (run by every-casus.test.ts and copied-casus.test.ts). */
export const debriefProperties: readonly ScenarioProperty[] = [
  [
    'debrief: the comparison lists yours, best, cheapest and systeemroute with the kassabon totals and scores',
    (scenario) => {
      const systeem = totalCents(systeemrouteLines(scenario));
      for (const route of sampleRoutes(scenario)) {
        const rows = compareRoutes(scenario, route.steps, route.endingId);
        expect(rows.slice(0, 4).map((r) => r.kind)).toEqual(['yours', 'best', 'cheapest', 'systeem']);
        const yours = rows[0]!;
        expect(yours.totalCents).toBe(totalCents(routeLines(scenario, route.steps)));
        expect(yours.isYours).toBe(true);
        // Every row in one expect (a diff names the row): an expect per field per row was most of this property's time.
        const shown = (row: (typeof rows)[number]) => ({
          kind: row.kind,
          differenceCents: row.difference.cents,
          ...(row.kind === 'systeem' ? { totalCents: row.totalCents } : { score: row.score, differenceOverall: row.difference.overall }),
          worded: /dan|als/.test(differenceWords(row.kind, row.difference, 'nl')),
        });
        const meant = (row: (typeof rows)[number]) => ({
          kind: row.kind,
          differenceCents: yours.totalCents - row.totalCents,
          ...(row.kind === 'systeem'
            ? { totalCents: systeem }
            : { score: scoreRoute(scenario, row.steps!), differenceOverall: yours.score!.overall - row.score!.overall }),
          worded: true,
        });
        expect(rows.map(shown)).toEqual(rows.map(meant));
        const best = rows.find((r) => r.kind === 'best')!;
        expect(best.score!.overall).toBeGreaterThanOrEqual(yours.score!.overall);
        expect(best.score!.overall).toBeGreaterThan(rows.find((r) => r.kind === 'cheapest')!.score!.overall);
        const dearest = rows.find((r) => r.kind === 'dearest');
        if (dearest) expect(dearest.steps).not.toEqual(rows.find((r) => r.kind === 'cheapest')!.steps);
      }
    },
  ],
  [
    'debrief: cost over time adds up, month by month and per payer, to the kassabon totals',
    (scenario) => {
      for (const route of sampleRoutes(scenario)) {
        const timeline = costTimeline(scenario, route.steps, bestRoute(scenario).steps);
        const h = scenario.horizonMonths;
        for (const series of [timeline.yours, timeline.systeem, timeline.best!]) {
          expect(series).toHaveLength(h);
          // One expect per series, not per month: the months that go down, named (an expect costs more than the sum).
          const drops = series.flatMap((cents, m) => (!(cents >= (m > 0 ? series[m - 1]! : 0)) ? [`month ${m + 1}: ${cents}`] : []));
          expect(drops).toEqual([]);
        }
        expect(timeline.yours[h - 1]).toBe(totalCents(routeLines(scenario, route.steps)));
        expect(timeline.systeem[h - 1]).toBe(totalCents(systeemrouteLines(scenario)));
        expect(timeline.best![h - 1]).toBe(totalCents(routeLines(scenario, bestRoute(scenario).steps)));
        const byPayer = timeline.yours.map((_, m) => timeline.yoursByPayer.reduce((sum, p) => sum + p.cumulative[m]!, 0));
        expect(byPayer).toEqual(timeline.yours);
        expect(timeline.decisions.map((d) => d.momentId)).toEqual(route.steps.map((s) => s.momentId));
      }
    },
  ],
  [
    'debrief: wrong pocket, opschalen and the downloaded result agree with the totals',
    (scenario) => {
      for (const route of sampleRoutes(scenario)) {
        const pocket = wrongPocket(scenario, route.steps);
        const score = scoreRoute(scenario, route.steps);
        const saved = pocket.rows.reduce((sum, row) => sum + row.savedCents, 0);
        expect(saved).toBe(score.systeemCents - score.routeCents);
        expect(pocket.crossesPockets).toBe(pocket.payMore.length > 0 && pocket.save.length > 0);
        expect(scaleUp(score.routeCents, score.systeemCents).map((s) => s.savedCents)).toEqual([1, 30, 300].map((n) => n * saved));
        const record = resultRecord(scenario, route.steps, route.endingId, '2026-11-23T20:00:00.000Z');
        expect(JSON.parse(JSON.stringify(record))).toEqual(record);
        const csv = resultCsv(record).trimEnd().split('\r\n');
        expect(csv[0]).toBe(RESULT_CSV_COLUMNS.join(','));
        expect(csv.slice(1).every((line) => line.split(',').length === RESULT_CSV_COLUMNS.length)).toBe(true);
        expect(csv).toHaveLength(1 + record.routes.length + record.payers.length + record.steps.length + 1);
      }
    },
  ],
  [
    'debrief: wat als lists every other open option per decision, with its kassabon',
    (scenario) => {
      for (const route of sampleRoutes(scenario)) {
        const moments = whatIf(scenario, route.steps);
        expect(moments.map((m) => m.taken.id)).toEqual(route.steps.map((s) => s.optionId));
        moments.forEach((m, i) => {
          const open = availableOptions(scenario, m.moment.id, stateAfter(scenario, route.steps.slice(0, i))).map((o) => o.id);
          expect(m.notTaken.map((n) => n.option.id)).toEqual(open.filter((id) => id !== m.taken.id));
          for (const n of m.notTaken) expect(n.totalCents).toBe(totalCents(n.lines));
        });
      }
    },
  ],
  [
    'debrief: "speel vanaf hier opnieuw" goes back to any decision and survives a save and reload',
    (scenario) => {
      for (const route of [cheapestRoute(scenario), bestRoute(scenario)]) {
        for (let decision = 1; decision <= route.steps.length; decision++) {
          const actor = startSession(scenario);
          actor.send({ type: 'casus.begin' });
          for (const step of route.steps) {
            actor.send({ type: 'choice.selected', optionId: step.optionId });
            if (actor.getSnapshot().matches('revealing')) actor.send({ type: 'kassabon.revealed' });
            actor.send({ type: 'moment.continue' });
          }
          expect(actor.getSnapshot().value).toBe('debrief');
          actor.send({ type: 'session.branch', decision });
          const { context } = actor.getSnapshot();
          expect(actor.getSnapshot().value).toBe('deciding');
          expect(context.momentId).toBe(route.steps[decision - 1]!.momentId);
          expect(context.steps).toEqual(route.steps.slice(0, decision - 1));
          expect(context.endingId).toBeNull();
          expect(saveRoundTrip(scenario, context)).toEqual(progressPart(context));
        }
      }
    },
  ],
  [
    'debrief: the first screen shows yours, the best, the systeemroute and a different cheapest, bars scaled to the dearest, and who pays',
    (scenario) => {
      for (const route of sampleRoutes(scenario)) {
        const routes = compareRoutes(scenario, route.steps, route.endingId);
        const pocket = wrongPocket(scenario, route.steps);
        const lesson = debriefLesson(routes, pocket);
        const kinds = lesson.rows.map((row) => row.kind);
        expect(kinds[0]).toBe('yours');
        expect(kinds).toContain('best');
        expect(kinds[kinds.length - 1]).toBe('systeem');
        expect(kinds).not.toContain('dearest');
        const cheapest = routes.find((r) => r.kind === 'cheapest')!;
        const same = (a: typeof cheapest, b: typeof cheapest | undefined) =>
          b !== undefined && JSON.stringify(a.steps) === JSON.stringify(b.steps);
        expect(kinds.includes('cheapest')).toBe(
          !same(cheapest, routes[0]) &&
            !same(
              cheapest,
              routes.find((r) => r.kind === 'best'),
            ),
        );
        for (const row of lesson.rows) {
          const compared = routes.find((r) => r.kind === row.kind)!;
          expect(row.totalCents).toBe(compared.totalCents);
          expect(row.overall).toBe(compared.score?.overall);
          expect(row.share).toBeGreaterThanOrEqual(0);
          expect(row.share).toBeLessThanOrEqual(1);
        }
        expect(Math.max(...lesson.rows.map((row) => row.share))).toBe(lesson.rows.some((row) => row.totalCents > 0) ? 1 : 0);
        expect(lesson.pockets.payMost).toEqual(pocket.payMore[0]);
        expect(lesson.pockets.saveMost).toEqual(pocket.save[0]);
        expect(lesson.pockets.others).toBe(Math.max(0, pocket.payMore.length - 1) + Math.max(0, pocket.save.length - 1));
        const words = lessonPocketWords(scenario, lesson.pockets, 'nl');
        for (const named of [lesson.pockets.payMost, lesson.pockets.saveMost]) {
          if (named) expect(words).toContain(pick(scenario.payers[named.payer]!.name, 'nl'));
        }
      }
    },
  ],
];
