import type { ChoiceRecord } from '../../domain/class/choice-distribution.ts';
import { VERBS, type Vocabulary } from '../reporting/xapi/xapi-vocabulary.ts';
import type { StoredStatement } from './lrs-query.ts';

/** What a class did in one casus, read from its statements: choices as plain records, who started and finished. */
export interface ClassRecords {
  readonly choices: readonly ChoiceRecord[];
  readonly started: ReadonlySet<string>;
  readonly completed: ReadonlySet<string>;
}

/** Statements of other casussen, other games or with an actor that is not an account are left out. */
export function classRecords(statements: Iterable<StoredStatement>, vocabulary: Vocabulary, casusId: string): ClassRecords {
  const casus = vocabulary.casus(casusId);
  const momentPrefix = vocabulary.moment(casusId, '');
  const choices: ChoiceRecord[] = [];
  const started = new Set<string>();
  const completed = new Set<string>();
  for (const statement of statements) {
    const trainee = statement.actor?.account?.name;
    const objectId = statement.object?.id;
    if (!trainee || !objectId) continue;
    const verb = statement.verb?.id;
    if (verb === VERBS.launched.id && objectId === casus) started.add(trainee);
    else if (verb === VERBS.completed.id && objectId === casus) completed.add(trainee);
    else if (verb === VERBS.answered.id && objectId.startsWith(momentPrefix) && typeof statement.result?.response === 'string') {
      choices.push({ trainee, momentId: decodeURIComponent(objectId.slice(momentPrefix.length)), optionId: statement.result.response, at: statement.timestamp ?? statement.stored ?? '' });
    }
  }
  // A trainee who finished has started, even when the launch statement is still on its way.
  for (const trainee of completed) started.add(trainee);
  return { choices, started, completed };
}
