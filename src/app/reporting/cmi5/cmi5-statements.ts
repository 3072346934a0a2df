import { z } from 'zod/mini';
import type { XapiStatement } from '../xapi/xapi-statement.ts';
import { XAPI_VERSION } from '../xapi/xapi-vocabulary.ts';
import type { Cmi5Actor, Cmi5Launch } from './cmi5-launch.ts';

/** cmi5 9.6.2.1 and 9.6.2.2: what marks a cmi5 defined statement, and one that counts for moveOn. */
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export const CMI5_VERBS = {
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
} as const;

const activityRef = z.looseObject({ id: z.string() });
const LISTS = ['parent', 'grouping', 'category', 'other'] as const;
type ListName = (typeof LISTS)[number];

/** The LMS.LaunchData state document (cmi5 10.2) as far as the game uses it; unknown fields are kept in the template. */
export const launchDataSchema = z.looseObject({
  contextTemplate: z.looseObject({
    contextActivities: z.optional(z.partialRecord(z.enum(LISTS), z.array(activityRef))),
    extensions: z.optional(z.record(z.string(), z.unknown())),
  }),
  launchMode: z.enum(['Normal', 'Browse', 'Review']),
  moveOn: z.enum(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']),
  masteryScore: z.optional(z.number()),
  returnURL: z.optional(z.string()),
});

export type LaunchData = z.infer<typeof launchDataSchema>;
type ContextTemplate = LaunchData['contextTemplate'];
type ActivityRef = z.infer<typeof activityRef>;

/** One AU session: what the launch, the fetch URL and LMS.LaunchData gave. */
export interface Cmi5Session {
  readonly launch: Cmi5Launch;
  readonly launchData: LaunchData;
  readonly initializedAt: Date;
}

/** A statement as sent to the LMS: the game's own shape with the LMS's actor and the cmi5 context. */
export type Cmi5Statement = Omit<XapiStatement, 'actor' | 'context' | 'result' | 'version'> & {
  readonly actor: Cmi5Actor;
  readonly result?: XapiStatement['result'] & { readonly duration?: string };
  readonly context: Readonly<Record<string, unknown>> & { readonly registration: string };
  readonly version: typeof XAPI_VERSION;
};

const isCmi5Category = (activity: ActivityRef) => activity.id === CMI5_CATEGORY || activity.id === MOVE_ON_CATEGORY;

/**
 * The context template (cmi5 9.6: the session id extension, the publisher id in `grouping`, …) merged with a
 * statement's own context: lists are joined, the template's extensions win, the registration is the launch's.
 */
function withTemplate(
  template: ContextTemplate,
  registration: string,
  own: Readonly<Record<string, unknown>>,
  categories: readonly string[],
): Cmi5Statement['context'] {
  const ownActivities = (own['contextActivities'] ?? {}) as Partial<Record<ListName, readonly ActivityRef[]>>;
  const contextActivities: Partial<Record<ListName, ActivityRef[]>> = {};
  for (const list of LISTS) {
    const joined = [...(template.contextActivities?.[list] ?? []), ...(ownActivities[list] ?? [])].filter(
      (activity) => list !== 'category' || !isCmi5Category(activity),
    );
    if (list === 'category') joined.push(...categories.map((id) => ({ id, objectType: 'Activity' })));
    if (joined.length > 0) contextActivities[list] = joined;
  }
  const extensions = { ...((own['extensions'] ?? {}) as Record<string, unknown>), ...(template.extensions ?? {}) };
  return {
    ...own,
    ...template,
    registration,
    ...(Object.keys(contextActivities).length > 0 ? { contextActivities } : {}),
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  };
}

/**
 * A "cmi5 allowed" statement (cmi5 7.1.3): the game's own statement (answered, its own launched and completed of a
 * casus) about its own activities, with the LMS's actor, registration and context template, and never the cmi5 or
 * moveOn category, so the LMS does not count it as a cmi5 defined statement.
 */
export function allowedStatement(statement: XapiStatement, { launch, launchData }: Cmi5Session): Cmi5Statement {
  return {
    ...statement,
    actor: launch.actor,
    context: withTemplate(launchData.contextTemplate, launch.registration, statement.context, []),
    version: XAPI_VERSION,
  };
}

/** ISO 8601 duration in seconds with hundredths, as xAPI keeps it. */
export function isoDuration(ms: number): string {
  return `PT${(Math.max(0, Math.round(ms / 10)) / 100).toString()}S`;
}

/**
 * A "cmi5 defined" statement (cmi5 9): the AU's activity id as object, the cmi5 category, the session's duration
 * so far; `completed` also carries `completion: true` and the moveOn category, and no score (9.5.1).
 */
export function definedStatement(
  verb: 'completed' | 'terminated',
  { launch, launchData, initializedAt }: Cmi5Session,
  id: string,
  now: Date,
): Cmi5Statement {
  const completed = verb === 'completed';
  return {
    id,
    actor: launch.actor,
    verb: CMI5_VERBS[verb],
    object: { objectType: 'Activity', id: launch.activityId },
    result: { ...(completed ? { completion: true } : {}), duration: isoDuration(now.getTime() - initializedAt.getTime()) },
    context: withTemplate(
      launchData.contextTemplate,
      launch.registration,
      {},
      completed ? [CMI5_CATEGORY, MOVE_ON_CATEGORY] : [CMI5_CATEGORY],
    ),
    timestamp: now.toISOString(),
    version: XAPI_VERSION,
  };
}
