import { countedPeriods } from '../domain/costs/receipt.ts';
import { didYouMean } from './did-you-mean.ts';
import { eurosToCents } from '../domain/scenario/money.ts';
import type { CostItemSource, ScenarioSource, StateValue } from './schema.ts';
import type { PathSegment } from './yaml-locate.ts';
import type { Draft, Locator } from './zod-diagnostics.ts';

type Report = (path: readonly PathSegment[], d: Omit<Draft, 'line' | 'column'>, keyOf?: string) => void;

function kindHint(name: string, declared: StateValue): string {
  if (typeof declared === 'boolean') return `'${name}' is ja/nee: schrijf true of false (zonder aanhalingstekens)`;
  return `geef '${name}' een waarde van dezelfde soort als onder 'state:'`;
}

function kindOf(value: StateValue): string {
  return typeof value === 'boolean' ? 'ja/nee' : typeof value === 'number' ? 'getal' : 'naam';
}

function checkCost(cost: CostItemSource, path: PathSegment[], scenario: ScenarioSource, month: number, report: Report): void {
  if (!Object.hasOwn(scenario.payers, cost.payer)) {
    report([...path, 'payer'], {
      severity: 'error',
      code: 'SC013',
      message: `Onbekende betaler '${cost.payer}'`,
      hint: didYouMean(cost.payer, Object.keys(scenario.payers), `voeg '${cost.payer}' toe onder 'payers:' of kies uit: ${Object.keys(scenario.payers).join(', ')}`),
    });
  }
  if (eurosToCents(cost.amount) === undefined) {
    report([...path, 'amount'], { severity: 'error', code: 'SC020', message: `Bedrag ${cost.amount} heeft meer dan twee decimalen`, hint: 'rond af op hele centen' });
  }
  if (!cost.source && !cost.estimate) {
    report(path, {
      severity: 'error',
      code: 'SC021',
      message: 'Bedrag zonder bron of schatting',
      hint: "voeg 'source: { document, line, quote }' toe, of 'estimate: { reason }' met waarom het een schatting is",
    });
  }
  if (cost.source && cost.estimate) {
    report([...path, 'estimate'], { severity: 'warning', code: 'SC022', message: 'Bedrag heeft zowel een bron als een schatting', hint: 'houd er één: de bron als het bedrag letterlijk in de bron staat' });
  }
  if (cost.frequency === 'eenmalig' && cost.duration !== undefined) {
    report([...path, 'duration'], { severity: 'warning', code: 'SC023', message: "Een eenmalig bedrag heeft geen 'duration'", hint: "laat 'duration' weg" });
  }
  if (cost.frequency !== 'eenmalig' && cost.duration === undefined) {
    report(path, { severity: 'error', code: 'SC023', message: `Terugkerend bedrag (${cost.frequency}) zonder 'duration'`, hint: 'geef het aantal weken, maanden of jaren op met duration: N' });
  }
  const periods = cost.frequency === 'eenmalig' ? 1 : (cost.duration ?? 1);
  const counted = countedPeriods({ frequency: cost.frequency, periods }, month, scenario.horizon_months);
  if (counted < periods) {
    const unit = { eenmalig: 'keer', per_week: 'weken', per_maand: 'maanden', per_jaar: 'jaren' }[cost.frequency];
    report([...path, cost.frequency === 'eenmalig' ? 'frequency' : 'duration'], {
      severity: 'warning',
      code: 'SC024',
      message: `Loopt door na de horizon (${scenario.horizon_months} maanden): alleen ${counted} van de ${periods} ${unit} tellen mee`,
      hint: 'verkort de duur of verleng horizon_months',
    });
  }
}

function checkVariable(name: string, path: PathSegment[], scenario: ScenarioSource, report: Report, keyed = true): StateValue | undefined {
  if (Object.hasOwn(scenario.state, name)) return scenario.state[name];
  report(keyed ? path.slice(0, -1) : path, {
    severity: 'error',
    code: 'SC014',
    message: `Onbekende toestand '${name}'`,
    hint: didYouMean(name, Object.keys(scenario.state), `declareer '${name}' met een beginwaarde onder 'state:'`),
  }, keyed ? name : undefined);
  return undefined;
}

function checkOptionState(scenario: ScenarioSource, path: PathSegment[], option: ScenarioSource['moments'][string]['options'][number], report: Report): void {
  for (const [name, test] of Object.entries(option.requires ?? {})) {
    const declared = checkVariable(name, [...path, 'requires', name], scenario, report);
    if (declared === undefined) continue;
    const numeric = typeof test === 'object' && (test.gte !== undefined || test.lte !== undefined);
    if (numeric && typeof declared !== 'number') {
      report([...path, 'requires', name], { severity: 'error', code: 'SC017', message: `'${name}' is geen getal: gte/lte kan niet`, hint: 'vergelijk met eq of ne' });
    }
    const compared = typeof test === 'object' ? [test.eq, test.ne].filter((v) => v !== undefined) : [test];
    for (const value of compared) {
      if (kindOf(value) !== kindOf(declared)) {
        report([...path, 'requires', name], { severity: 'error', code: 'SC017', message: `'${name}' is een ${kindOf(declared)}, maar wordt vergeleken met een ${kindOf(value)} (${String(value)})`, hint: kindHint(name, declared) });
      }
    }
  }
  for (const [name, value] of Object.entries(option.set ?? {})) {
    const declared = checkVariable(name, [...path, 'set', name], scenario, report);
    if (declared !== undefined && kindOf(declared) !== kindOf(value)) {
      report([...path, 'set', name], { severity: 'error', code: 'SC017', message: `'${name}' is een ${kindOf(declared)}, maar krijgt een ${kindOf(value)}`, hint: kindHint(name, declared) });
    }
  }
  for (const name of Object.keys(option.add ?? {})) {
    const declared = checkVariable(name, [...path, 'add', name], scenario, report);
    if (declared !== undefined && typeof declared !== 'number') {
      report([...path, 'add', name], { severity: 'error', code: 'SC017', message: `'add' kan alleen bij een getal, '${name}' is een ${kindOf(declared)}`, hint: "gebruik 'set'" });
    }
  }
}

/** Checks that the schema cannot express: references between parts, sources of amounts, horizons. */
export function checkReferences(scenario: ScenarioSource, locate: Locator): Draft[] {
  const drafts: Draft[] = [];
  const report: Report = (path, d, keyOf) => drafts.push({ ...locate(path, keyOf), ...d });
  const momentIds = Object.keys(scenario.moments);
  const endingIds = Object.keys(scenario.endings);
  if (!Object.hasOwn(scenario.moments, scenario.start)) {
    report(['start'], { severity: 'error', code: 'SC015', message: `Startmoment '${scenario.start}' bestaat niet`, hint: didYouMean(scenario.start, momentIds, `kies uit: ${momentIds.join(', ')}`) });
  }
  for (const [momentId, moment] of Object.entries(scenario.moments)) {
    if (moment.month >= scenario.horizon_months) {
      report(['moments', momentId, 'month'], { severity: 'error', code: 'SC025', message: `Maand ${moment.month} valt buiten de horizon van ${scenario.horizon_months} maanden`, hint: 'kies een eerdere maand of verleng horizon_months' });
    }
    const seen = new Set<string>();
    moment.options.forEach((option, index) => {
      const path: PathSegment[] = ['moments', momentId, 'options', index];
      if (seen.has(option.id)) report([...path, 'id'], { severity: 'error', code: 'SC016', message: `Keuze-id '${option.id}' komt twee keer voor in '${momentId}'`, hint: 'geef elke keuze in een moment een eigen id' });
      seen.add(option.id);
      if ((option.next === undefined) === (option.ending === undefined)) {
        report(path, { severity: 'error', code: 'SC012', message: `Keuze '${option.id}' moet precies één van 'next' of 'ending' hebben`, hint: "'next: <moment>' gaat verder, 'ending: <einde>' sluit de casus af" });
      }
      const nextMoment = option.next !== undefined && Object.hasOwn(scenario.moments, option.next) ? scenario.moments[option.next] : undefined;
      if (nextMoment && nextMoment.month < moment.month) {
        report([...path, 'next'], { severity: 'warning', code: 'SC026', message: `'${option.next}' (maand ${nextMoment.month}) ligt vóór '${momentId}' (maand ${moment.month})`, hint: 'een casus loopt vooruit in de tijd: kies een later moment of pas de maanden aan' });
      }
      if (option.next !== undefined && !Object.hasOwn(scenario.moments, option.next)) {
        report([...path, 'next'], { severity: 'error', code: 'SC010', message: `Keuze verwijst naar onbekend moment '${option.next}'`, hint: didYouMean(option.next, momentIds, `kies uit: ${momentIds.join(', ')}`) });
      }
      if (option.ending !== undefined && !Object.hasOwn(scenario.endings, option.ending)) {
        report([...path, 'ending'], { severity: 'error', code: 'SC011', message: `Keuze verwijst naar onbekend einde '${option.ending}'`, hint: didYouMean(option.ending, endingIds, `kies uit: ${endingIds.join(', ')}`) });
      }
      option.costs.forEach((cost, c) => checkCost(cost, [...path, 'costs', c], scenario, moment.month, report));
      checkOptionState(scenario, path, option, report);
    });
  }
  scenario.systeemroute.costs.forEach((cost, c) => checkCost(cost, ['systeemroute', 'costs', c], scenario, 0, report));
  return drafts;
}
