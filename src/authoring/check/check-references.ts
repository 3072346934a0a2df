import { countedPeriods } from '../../domain/costs/receipt.ts';
import { closest } from '../diagnostics/did-you-mean.ts';
import { optionCosts } from '../resolve/option-costs.ts';
import { roundedEuros } from '../diagnostics/rounded-euros.ts';
import { yesNoWord } from './yes-no-word.ts';
import { eurosToCents } from '../../domain/scenario/money.ts';
import type { Frequency } from '../../domain/scenario/model.ts';
import { report, type Report } from '../diagnostics/registry.ts';
import type { CostItemSource, ScenarioSource, StateValue } from '../schema/schema.ts';
import type { PathSegment } from '../parse/yaml-locate.ts';
import type { Draft, Locator } from '../parse/draft.ts';

type Emit = (path: readonly PathSegment[], found: Report, keyOf?: string) => void;

/** The unit a message counts a cost's periods in. */
const PERIOD_WORDS: Record<Frequency, string> = { eenmalig: 'keer', per_week: 'weken', per_maand: 'maanden', per_jaar: 'jaren' };

function kindOf(value: StateValue): string {
  return typeof value === 'boolean' ? 'ja/nee' : typeof value === 'number' ? 'getal' : 'naam';
}

/** How many names a hint lists before it says how many more there are: a list of 5000 helps no one. */
const LISTED_NAMES = 12;

/** "a, b, c" or "a, b, … (en 4988 andere)", computed once per list (a file may have thousands of wrong names). */
const listings = new WeakMap<readonly string[], string>();
function listing(known: readonly string[]): string {
  let text = listings.get(known);
  if (text === undefined) {
    const more = known.length - LISTED_NAMES;
    text = more > 0 ? `${known.slice(0, LISTED_NAMES).join(', ')}, … (en ${more} andere)` : known.join(', ');
    listings.set(known, text);
  }
  return text;
}

/** An unknown name: the likely intended one when it is close, otherwise the names there are. */
function unknownName(code: 'SC010' | 'SC011' | 'SC013' | 'SC015', id: string, known: readonly string[]): Report {
  const suggestion = closest(id, known);
  return suggestion ? report(code, 'unknownNear', { id, suggestion }) : report(code, 'unknown', { id, known: listing(known) });
}

function checkCost(cost: CostItemSource, path: PathSegment[], scenario: ScenarioSource, month: number, emit: Emit): void {
  if (!Object.hasOwn(scenario.payers, cost.payer)) emit([...path, 'payer'], unknownName('SC013', cost.payer, Object.keys(scenario.payers)));
  if (eurosToCents(cost.amount) === undefined)
    emit([...path, 'amount'], report('SC020', 'tooManyDecimals', { amount: cost.amount, rounded: roundedEuros(cost.amount) }));
  if (!cost.source && !cost.estimate) emit(path, report('SC021', 'noSource'));
  if (cost.source && cost.estimate) emit([...path, 'estimate'], report('SC022', 'sourceAndEstimate'));
  if (cost.frequency === 'eenmalig' && cost.duration !== undefined) emit([...path, 'duration'], report('SC023', 'durationOnce'));
  if (cost.frequency !== 'eenmalig' && cost.duration === undefined)
    emit(path, report('SC023', 'missingDuration', { frequency: cost.frequency }));
  const periods = cost.frequency === 'eenmalig' ? 1 : (cost.duration ?? 1);
  const counted = countedPeriods({ frequency: cost.frequency, periods }, month, scenario.horizon_months);
  if (counted < periods) {
    emit(
      [...path, cost.frequency === 'eenmalig' ? 'frequency' : 'duration'],
      report('SC024', 'pastHorizon', { horizon: scenario.horizon_months, counted, periods, unit: PERIOD_WORDS[cost.frequency] }),
    );
  }
}

function checkVariable(name: string, path: PathSegment[], scenario: ScenarioSource, emit: Emit, keyed = true): StateValue | undefined {
  if (Object.hasOwn(scenario.state, name)) return scenario.state[name];
  const suggestion = closest(name, Object.keys(scenario.state));
  const found = suggestion ? report('SC014', 'unknownNear', { name, suggestion }) : report('SC014', 'unknown', { name });
  emit(keyed ? path.slice(0, -1) : path, found, keyed ? name : undefined);
  return undefined;
}

type OptionSource = ScenarioSource['moments'][string]['options'][number];

/** SC090: the rules of an onderbouwing that the schema cannot express. */
function checkArgue(option: OptionSource, siblings: readonly OptionSource[], path: PathSegment[], emit: Emit): void {
  const argue = option.argue!;
  const others = siblings.filter((o) => o.id !== option.id).map((o) => o.id);
  const seen = new Set<string>();
  argue.arguments.forEach((argument, a) => {
    const at: PathSegment[] = [...path, 'argue', 'arguments', a];
    if (seen.has(argument.id)) emit([...at, 'id'], report('SC090', 'duplicateArgument', { argument: argument.id }));
    seen.add(argument.id);
    if (argument.verdict !== 'afgewezen') {
      if (argument.instead !== undefined)
        emit([...at, 'instead'], report('SC090', 'insteadNotRefused', { argument: argument.id, verdict: argument.verdict }));
      return;
    }
    if (argument.instead === undefined) {
      emit(at, report('SC090', 'insteadMissing', { argument: argument.id, example: others[0] ?? 'standaard' }));
      return;
    }
    const id = argument.instead;
    const instead = siblings.find((o) => o.id === id);
    if (id === option.id) emit([...at, 'instead'], report('SC090', 'insteadSelf', { argument: argument.id }));
    else if (!instead) {
      const suggestion = closest(id, others);
      emit(
        [...at, 'instead'],
        suggestion
          ? report('SC090', 'insteadUnknownNear', { id, suggestion })
          : report('SC090', 'insteadUnknown', { id, known: listing(others) }),
      );
    } else if (instead.argue) emit([...at, 'instead'], report('SC090', 'insteadArgued', { id }));
    else if (instead.requires && Object.keys(instead.requires).length > 0)
      emit([...at, 'instead'], report('SC090', 'insteadRequires', { id }));
  });
  const verdicts = argue.arguments.map((argument) => argument.verdict);
  if (!verdicts.includes('toegekend')) emit([...path, 'argue', 'arguments'], report('SC090', 'noneGranted'));
  else if (verdicts.every((v) => v === 'toegekend')) emit([...path, 'argue', 'arguments'], report('SC090', 'allGranted'));
}

/**
 * A state declared as a yes/no word (`urgentie: nee`) is read as text; the places that use it as ja/nee are right,
 * the declaration is wrong. Those places are counted here, per name, and reported once at the declaration.
 */
type WordStates = Map<string, number>;

/** True when `declared` is a yes/no word and `value` a boolean: the declaration's fault, counted, not reported here. */
function countWordState(name: string, declared: StateValue, value: StateValue, words: WordStates): boolean {
  if (typeof value !== 'boolean' || yesNoWord(declared) === undefined) return false;
  words.set(name, (words.get(name) ?? 0) + 1);
  return true;
}

function checkOptionState(
  scenario: ScenarioSource,
  path: PathSegment[],
  option: Pick<OptionSource, 'set' | 'add'> & { readonly requires?: OptionSource['requires'] },
  emit: Emit,
  words: WordStates,
): void {
  for (const [name, test] of Object.entries(option.requires ?? {})) {
    const declared = checkVariable(name, [...path, 'requires', name], scenario, emit);
    if (declared === undefined) continue;
    const numeric = typeof test === 'object' && (test.gte !== undefined || test.lte !== undefined);
    if (numeric && typeof declared !== 'number') emit([...path, 'requires', name], report('SC017', 'notNumeric', { name }));
    const compared = typeof test === 'object' ? [test.eq, test.ne].filter((v) => v !== undefined) : [test];
    for (const value of compared) {
      if (kindOf(value) === kindOf(declared) || countWordState(name, declared, value, words)) continue;
      const params = { name, declared: kindOf(declared), kind: kindOf(value), value: String(value) };
      const word = typeof declared === 'boolean' ? yesNoWord(value) : undefined;
      if (word !== undefined)
        emit([...path, 'requires', name], report('SC017', 'compareYesNoWord', { name, value: String(value), intended: String(word) }));
      else emit([...path, 'requires', name], report('SC017', typeof declared === 'boolean' ? 'compareYesNo' : 'compare', params));
    }
  }
  for (const [name, value] of Object.entries(option.set ?? {})) {
    const declared = checkVariable(name, [...path, 'set', name], scenario, emit);
    if (declared !== undefined && kindOf(declared) !== kindOf(value) && !countWordState(name, declared, value, words)) {
      const params = { name, declared: kindOf(declared), kind: kindOf(value) };
      const word = typeof declared === 'boolean' ? yesNoWord(value) : undefined;
      if (word !== undefined)
        emit([...path, 'set', name], report('SC017', 'setYesNoWord', { name, value: String(value), intended: String(word) }));
      else emit([...path, 'set', name], report('SC017', typeof declared === 'boolean' ? 'setYesNo' : 'set', params));
    }
  }
  for (const name of Object.keys(option.add ?? {})) {
    const declared = checkVariable(name, [...path, 'add', name], scenario, emit);
    if (declared !== undefined && typeof declared !== 'number')
      emit([...path, 'add', name], report('SC017', 'addToNonNumber', { name, declared: kindOf(declared) }));
  }
}

/** Checks that the schema cannot express: references between parts, sources of amounts, horizons. */
export function checkReferences(scenario: ScenarioSource, locate: Locator): Draft[] {
  const drafts: Draft[] = [];
  const emit: Emit = (path, found, keyOf) => drafts.push({ ...locate(path, keyOf), ...found });
  const words: WordStates = new Map();
  const momentIds = Object.keys(scenario.moments);
  const endingIds = Object.keys(scenario.endings);
  if (!Object.hasOwn(scenario.moments, scenario.start)) emit(['start'], unknownName('SC015', scenario.start, momentIds));
  for (const [momentId, moment] of Object.entries(scenario.moments)) {
    if (moment.month >= scenario.horizon_months) {
      emit(['moments', momentId, 'month'], report('SC025', 'monthPastHorizon', { month: moment.month, horizon: scenario.horizon_months }));
    }
    const seen = new Set<string>();
    moment.options.forEach((option, index) => {
      const path: PathSegment[] = ['moments', momentId, 'options', index];
      if (seen.has(option.id)) emit([...path, 'id'], report('SC016', 'duplicateOption', { option: option.id, moment: momentId }));
      seen.add(option.id);
      if ((option.next === undefined) === (option.ending === undefined)) emit(path, report('SC012', 'nextOrEnding', { option: option.id }));
      const nextMoment =
        option.next !== undefined && Object.hasOwn(scenario.moments, option.next) ? scenario.moments[option.next] : undefined;
      if (option.next !== undefined && nextMoment && nextMoment.month < moment.month) {
        emit(
          [...path, 'next'],
          report('SC026', 'backInTime', { next: option.next, nextMonth: nextMoment.month, moment: momentId, month: moment.month }),
        );
      }
      if (option.next !== undefined && !nextMoment) emit([...path, 'next'], unknownName('SC010', option.next, momentIds));
      if (option.ending !== undefined && !Object.hasOwn(scenario.endings, option.ending))
        emit([...path, 'ending'], unknownName('SC011', option.ending, endingIds));
      optionCosts(option, path).forEach(({ cost, path: at }) => {
        checkCost(cost, at, scenario, moment.month, emit);
        if (cost.requires) checkOptionState(scenario, at, { requires: cost.requires }, emit, words);
      });
      checkOptionState(scenario, path, option, emit, words);
      option.argue?.arguments.forEach((argument, a) =>
        checkOptionState(scenario, [...path, 'argue', 'arguments', a], argument, emit, words),
      );
      if (option.argue) checkArgue(option, moment.options, path, emit);
      option.consequence_variants?.forEach((v, i) => checkOptionState(scenario, [...path, 'consequence_variants', i], v, emit, words));
    });
    moment.text_variants?.forEach((v, i) => checkOptionState(scenario, ['moments', momentId, 'text_variants', i], v, emit, words));
  }
  for (const [endingId, ending] of Object.entries(scenario.endings)) {
    checkOptionState(scenario, ['endings', endingId], ending, emit, words);
    ending.text_variants?.forEach((v, i) => checkOptionState(scenario, ['endings', endingId, 'text_variants', i], v, emit, words));
  }
  scenario.stage?.forEach((entry, i) => checkOptionState(scenario, ['stage', i], entry, emit, words));
  scenario.systeemroute.costs.forEach((cost, c) => checkCost(cost, ['systeemroute', 'costs', c], scenario, 0, emit));
  for (const [name, places] of words) {
    const value = String(scenario.state[name]);
    emit(['state', name], report('SC017', 'declaredYesNoWord', { name, value, intended: String(yesNoWord(value)), places }));
  }
  return drafts;
}
