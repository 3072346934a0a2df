import { applyStateEffects, isAvailable, passes } from '../../domain/play/conditions.ts';
import { AGE_PLACEHOLDER, ageAt } from '../../domain/scenario/ages.ts';
import type { Condition, GameState, Scenario } from '../../domain/scenario/model.ts';
import type { Text } from '../../domain/scenario/text.ts';
import { authoredPlace } from './authored-path.ts';
import { report } from '../diagnostics/registry.ts';
import type { PathSegment } from '../parse/yaml-locate.ts';
import type { Draft, Locator } from '../parse/draft.ts';

/** Pairs of (moment, state) the ending check walks before it says it stopped (SC106). */
export const ENDING_CHECK_PAIRS = 200_000;

interface Visit {
  readonly momentId: string;
  readonly state: GameState;
  /** Index of the visit this one came from, and the option taken there; −1 at the start. */
  readonly parent: number;
  readonly optionId: string;
}

const describeTest = (c: Condition, state: GameState): string => {
  const actual = String(state[c.variable]);
  const op = { eq: 'niet', ne: 'wel', gte: 'niet minstens', lte: 'niet hoogstens' }[c.test.op];
  return `${c.variable} ${actual} is (${op} ${String(c.test.value)})`;
};

function routeTo(visits: readonly Visit[], at: number, last: string): string[] {
  const route = [last];
  for (let v = at; v >= 0 && visits[v]!.parent >= 0; v = visits[v]!.parent) route.unshift(visits[v]!.optionId);
  return route;
}

/**
 * SC102: every route that reaches an ending meets what the ending assumes; one message per ending, with one such
 * route. The walk keeps only the variables some `requires` reads (others cannot change what is open or what an
 * ending assumes), and is skipped when no ending assumes anything.
 */
function endingAssumptions(scenario: Scenario, locate: Locator, limit: number): Draft[] {
  const endingReads = new Set(Object.values(scenario.endings).flatMap((e) => e.requires.map((c) => c.variable)));
  if (endingReads.size === 0) return [];
  const relevant = [
    ...new Set([
      ...endingReads,
      ...Object.values(scenario.moments).flatMap((m) => m.options.flatMap((o) => o.requires.map((c) => c.variable))),
    ]),
  ];
  const project = (state: GameState): GameState => Object.fromEntries(relevant.map((name) => [name, state[name]!]));
  const drafts: Draft[] = [];
  const reported = new Set<string>();
  const seen = new Set<string>();
  const visits: Visit[] = [{ momentId: scenario.start, state: project(scenario.initialState), parent: -1, optionId: '' }];
  const queue = [0];
  while (queue.length > 0) {
    const at = queue.pop()!;
    const visit = visits[at]!;
    const key = `${visit.momentId}\u0000${relevant.map((name) => String(visit.state[name])).join('\u0000')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (seen.size > limit) {
      drafts.push({ ...locate(['endings']), ...report('SC106', 'truncated', { pairs: limit }) });
      break;
    }
    const moment = scenario.moments[visit.momentId];
    if (!moment) continue;
    for (const option of moment.options) {
      if (!isAvailable(option, visit.state)) continue;
      const state = project(applyStateEffects(option, visit.state));
      if (option.to.kind === 'moment') {
        visits.push({ momentId: option.to.id, state, parent: at, optionId: option.id });
        queue.push(visits.length - 1);
        continue;
      }
      const ending = scenario.endings[option.to.id];
      if (!ending || reported.has(ending.id)) continue;
      const failed = ending.requires.filter((c) => !passes(state[c.variable], c.test));
      if (failed.length === 0) continue;
      reported.add(ending.id);
      const route = routeTo(visits, at, option.id);
      const shown = route.length > 8 ? [...route.slice(0, 3), '…', ...route.slice(-4)] : route;
      drafts.push({
        ...locate(['endings', ending.id], 'requires'),
        ...report('SC102', 'unmet', {
          ending: ending.id,
          failed: failed.map((c) => describeTest(c, state)).join(' en '),
          route: shown.join(' → '),
        }),
      });
    }
  }
  return drafts;
}

/** SC104: variables some option sets or adds to, that no requires, variant, ending or stage entry reads. */
function unreadVariables(scenario: Scenario, locate: Locator): Draft[] {
  const read = new Set<string>();
  const readAll = (conditions: readonly Condition[]) => conditions.forEach((c) => read.add(c.variable));
  const written = new Set<string>();
  for (const moment of Object.values(scenario.moments)) {
    moment.textVariants?.forEach((v) => readAll(v.requires));
    for (const option of moment.options) {
      readAll(option.requires);
      option.costs.forEach((cost) => readAll(cost.requires ?? []));
      option.consequenceVariants?.forEach((v) => readAll(v.requires));
      Object.keys(option.set).forEach((name) => written.add(name));
      Object.keys(option.add).forEach((name) => written.add(name));
    }
  }
  for (const ending of Object.values(scenario.endings)) {
    readAll(ending.requires);
    ending.textVariants?.forEach((v) => readAll(v.requires));
  }
  scenario.stage.forEach((entry) => readAll(entry.requires));
  return [...written]
    .filter((name) => !read.has(name))
    .map((name) => ({ ...locate(['state'], name), ...report('SC104', 'unread', { name }) }));
}

/** SC105: a literal age next to a name ("Dave (17)") that the month contradicts, and age placeholders for nobody. */
function ageProblems(scenario: Scenario, locate: Locator): Draft[] {
  const drafts: Draft[] = [];
  const known = scenario.household.map((m) => m.id);
  const inspect = (text: Text | undefined, month: number, path: readonly PathSegment[]) => {
    if (!text) return;
    for (const value of [text.nl, text.en ?? '']) {
      for (const match of value.matchAll(AGE_PLACEHOLDER)) {
        if (!known.includes(match[1]!))
          drafts.push({ ...locate(path), ...report('SC105', 'unknown', { placeholder: match[0], known: known.join(', ') }) });
      }
      for (const member of scenario.household) {
        const literal = new RegExp(`\\b${member.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\((\\d{1,3})\\)`, 'g');
        for (const match of value.matchAll(literal)) {
          const written = Number(match[1]);
          const actual = ageAt(member, month);
          if (written !== actual) {
            drafts.push({
              ...locate(path),
              ...report('SC105', 'literal', { name: member.name, actual, month, written, placeholder: `{leeftijd.${member.id}}` }),
            });
          }
        }
      }
    }
  };
  for (const moment of Object.values(scenario.moments)) {
    const at: PathSegment[] = ['moments', moment.id];
    inspect(moment.title, moment.month, [...at, 'title']);
    inspect(moment.text, moment.month, [...at, 'text']);
    inspect(moment.stakes, moment.month, [...at, 'stakes']);
    moment.textVariants?.forEach((v, i) => inspect(v.text, moment.month, [...at, 'text_variants', i, 'text']));
    const seen = new Set<string>();
    moment.options.forEach((option) => {
      const authored = option.argued?.optionId ?? option.id;
      if (seen.has(authored)) return;
      seen.add(authored);
      const place: PathSegment[] = [...at, 'options', authoredPlace(moment, option.id)?.option ?? 0];
      inspect(option.label, moment.month, [...place, 'label']);
      inspect(option.consequence, moment.month, [...place, 'consequence']);
      option.consequenceVariants?.forEach((v, i) => inspect(v.text, moment.month, [...place, 'consequence_variants', i, 'text']));
    });
  }
  for (const ending of Object.values(scenario.endings)) {
    inspect(ending.text, scenario.horizonMonths, ['endings', ending.id, 'text']);
    ending.textVariants?.forEach((v, i) => inspect(v.text, scenario.horizonMonths, ['endings', ending.id, 'text_variants', i, 'text']));
  }
  return drafts;
}

/**
 * Checks that the story follows the route: endings that hold, variables that matter, ages that move with time.
 * A file written before format 3 could state neither assumptions nor birthdays: it gets only the ending check
 * (its endings assume nothing, so that passes) until it is moved to format 3.
 */
export function checkRouteFollowing(scenario: Scenario, locate: Locator, stated: unknown, limit = ENDING_CHECK_PAIRS): Draft[] {
  const current = typeof stated === 'number' && stated >= 3;
  return [
    ...endingAssumptions(scenario, locate, limit),
    ...(current ? [...unreadVariables(scenario, locate), ...ageProblems(scenario, locate)] : []),
  ];
}
