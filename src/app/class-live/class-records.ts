import type { ChoiceRecord } from '../../domain/class/choice-distribution.ts';
import { VERBS, type Vocabulary } from '../reporting/xapi/xapi-vocabulary.ts';
import type { ClassStatement } from './statement-reading.ts';

/** What a class did in one casus, read from its statements: choices as plain records, who started and finished. */
export interface ClassRecords {
  readonly choices: readonly ChoiceRecord[];
  readonly started: ReadonlySet<string>;
  readonly completed: ReadonlySet<string>;
  /** Pseudonyms with choices or a finish in this casus but no start: left out of every number above. */
  readonly withoutStart: ReadonlySet<string>;
  /** Statements of this casus with a field the view cannot read (a malformed moment IRI, a missing response). */
  readonly unreadable: number;
}

/** The moment id in a moment IRI, or null when the IRI is not one this game writes (bad escapes, a slash). */
function momentIdOf(encoded: string): string | null {
  let momentId: string;
  try {
    momentId = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  return momentId !== '' && encodeURIComponent(momentId) === encoded ? momentId : null;
}

/**
 * Statements of other casussen, other games or other registrations are left out. The game sends a trainee's start
 * before anything else (its queue keeps the order), so a pseudonym whose choices arrive without a start did not come
 * from a trainee playing this casus: its statements are counted apart, not in the class's numbers.
 */
export function classRecords(
  statements: Iterable<ClassStatement>,
  vocabulary: Vocabulary,
  scenarioId: string,
  registration?: string,
): ClassRecords {
  const scenario = vocabulary.scenario(scenarioId);
  const momentPrefix = vocabulary.moment(scenarioId, '');
  const choices: ChoiceRecord[] = [];
  const started = new Set<string>();
  const completed = new Set<string>();
  let unreadable = 0;
  for (const statement of statements) {
    if (registration !== undefined && statement.registration !== registration) continue;
    const { trainee, verb, object } = statement;
    if (verb === VERBS.launched.id && object === scenario) started.add(trainee);
    else if (verb === VERBS.completed.id && object === scenario) completed.add(trainee);
    else if (verb === VERBS.answered.id && object.startsWith(momentPrefix)) {
      const momentId = momentIdOf(object.slice(momentPrefix.length));
      if (momentId === null || statement.response === undefined || statement.response === '') unreadable += 1;
      else choices.push({ trainee, momentId, optionId: statement.response, at: statement.at });
    }
  }
  const withoutStart = new Set<string>();
  for (const trainee of completed) if (!started.has(trainee)) withoutStart.add(trainee);
  for (const choice of choices) if (!started.has(choice.trainee)) withoutStart.add(choice.trainee);
  for (const trainee of withoutStart) completed.delete(trainee);
  return { choices: choices.filter((choice) => started.has(choice.trainee)), started, completed, withoutStart, unreadable };
}
