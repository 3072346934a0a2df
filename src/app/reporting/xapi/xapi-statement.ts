import { VALUE_KEYS, type Option, type Scenario } from '../../../domain/scenario/model.ts';
import type { Text } from '../../../domain/scenario/text.ts';
import type { Report } from '../reports.ts';
import { ACTIVITY_TYPES, VERBS, XAPI_VERSION, type VerbName, type Vocabulary } from './xapi-vocabulary.ts';

type LanguageMap = Readonly<Record<string, string>>;

/** The xAPI 1.0.3 statement shapes this game writes (and the class view reads back). */
export interface XapiActivity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition?: {
    readonly type: string;
    readonly name?: LanguageMap;
    readonly interactionType?: 'choice';
    readonly choices?: readonly { readonly id: string; readonly description: LanguageMap }[];
  };
}

export interface XapiStatement {
  readonly id: string;
  readonly actor: { readonly objectType: 'Agent'; readonly account: { readonly homePage: string; readonly name: string } };
  readonly verb: { readonly id: string; readonly display: LanguageMap };
  readonly object: XapiActivity;
  readonly result?: {
    readonly response?: string;
    readonly completion?: boolean;
    readonly score?: { readonly scaled: number; readonly raw: number; readonly min: number; readonly max: number };
    readonly extensions?: Readonly<Record<string, string | number>>;
  };
  readonly context: {
    readonly registration?: string;
    readonly platform: string;
    readonly contextActivities?: { readonly parent: readonly XapiActivity[] };
    readonly extensions?: Readonly<Record<string, string>>;
  };
  readonly timestamp: string;
  readonly version: typeof XAPI_VERSION;
}

/** Who and where: the same for every statement of this browser in this class. */
export interface StatementContext {
  readonly vocabulary: Vocabulary;
  /** The account's homePage: the game's own address, never the person's. */
  readonly homePage: string;
  readonly pseudonym: string;
  readonly registration?: string;
  readonly classCode?: string;
  readonly newId: () => string;
  readonly now: () => Date;
}

export const PLATFORM = 'Kostenbewust Interveniëren';

/** An argued option is one choice per argument (`<option>~<argument>`): its description names both. */
function choiceText(option: Option): Text {
  const { argued } = option;
  if (!argued) return option.label;
  return {
    nl: `${option.label.nl} — ${argued.argument.nl}`,
    ...(option.label.en || argued.argument.en
      ? { en: `${option.label.en ?? option.label.nl} — ${argued.argument.en ?? argued.argument.nl}` }
      : {}),
  };
}

const languageMap = (text: Text): LanguageMap => ({ 'nl-NL': text.nl, ...(text.en ? { 'en-US': text.en } : {}) });

function scenarioActivity(scenario: Scenario, { vocabulary }: StatementContext): XapiActivity {
  return {
    objectType: 'Activity',
    id: vocabulary.scenario(scenario.id),
    definition: { type: ACTIVITY_TYPES.scenario, name: languageMap(scenario.title) },
  };
}

function momentActivity(scenario: Scenario, momentId: string, { vocabulary }: StatementContext): XapiActivity {
  const moment = scenario.moments[momentId];
  return {
    objectType: 'Activity',
    id: vocabulary.moment(scenario.id, momentId),
    definition: {
      type: ACTIVITY_TYPES.moment,
      interactionType: 'choice',
      ...(moment
        ? { name: languageMap(moment.title), choices: moment.options.map((o) => ({ id: o.id, description: languageMap(choiceText(o)) })) }
        : {}),
    },
  };
}

function base(verb: VerbName, object: XapiActivity, context: StatementContext, parent?: XapiActivity): Omit<XapiStatement, 'result'> {
  return {
    id: context.newId(),
    actor: { objectType: 'Agent', account: { homePage: context.homePage, name: context.pseudonym } },
    verb: VERBS[verb],
    object,
    context: {
      ...(context.registration ? { registration: context.registration } : {}),
      platform: PLATFORM,
      ...(parent ? { contextActivities: { parent: [parent] } } : {}),
      ...(context.classCode ? { extensions: { [context.vocabulary.extensions.classCode]: context.classCode } } : {}),
    },
    timestamp: context.now().toISOString(),
    version: XAPI_VERSION,
  };
}

/**
 * One report, one statement (or none): launched when a casus begins, answered per choice (the moment as a
 * `choice` interaction, the option as the response, the kassabon total and the value deltas as extensions), and
 * completed with the balansscore as the score (scaled = balansscore / 100, as in SCORM) and the three values,
 * totals and ending as extensions. The actor is an account with a random pseudonym: no name, no e-mail address.
 */
export function statementFor(report: Report, scenario: Scenario, context: StatementContext): XapiStatement | null {
  const ext = context.vocabulary.extensions;
  switch (report.type) {
    case 'casus.begun':
      return base('launched', scenarioActivity(scenario, context), context);
    case 'choice.made':
      return {
        ...base('answered', momentActivity(scenario, report.momentId, context), context, scenarioActivity(scenario, context)),
        result: {
          response: report.optionId,
          extensions: {
            [ext.kassabonCents]: report.totalCents,
            ...Object.fromEntries(VALUE_KEYS.map((key) => [ext.delta(key), report.values[key]])),
          },
        },
      };
    case 'casus.completed': {
      const { balans } = report.scores;
      return {
        ...base('completed', scenarioActivity(scenario, context), context),
        result: {
          completion: true,
          score: { scaled: balans / 100, raw: balans, min: 0, max: 100 },
          extensions: {
            ...Object.fromEntries([...VALUE_KEYS, 'balans' as const].map((key) => [ext.score(key), report.scores[key]])),
            [ext.routeCents]: report.totalCents,
            [ext.systeemrouteCents]: report.systeemrouteCents,
            [ext.ending]: report.endingId,
          },
        },
      };
    }
    default:
      return null;
  }
}
