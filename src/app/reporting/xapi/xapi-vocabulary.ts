/** The xAPI version this game speaks; sent as `X-Experience-API-Version` and accepted from an LRS. */
export const XAPI_VERSION = '1.0.3';

/** ADL verbs (https://adlnet.gov/expapi/verbs/…), shown in Dutch and English by an LRS that displays them. */
export const VERBS = {
  launched: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'nl-NL': 'startte', 'en-US': 'launched' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'nl-NL': 'koos', 'en-US': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'nl-NL': 'voltooide', 'en-US': 'completed' } },
} as const;

export type VerbName = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  moment: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/**
 * Every IRI the game writes, under one base: the folder the game is served from (e.g.
 * `https://hogeschool.nl/spellen/kostenbewust/`). Within a deployment they are stable: a casus by its id, a moment
 * by casus id and moment id, so statements from every trainee of a class name the same activities.
 */
export function vocabulary(base: string) {
  const root = `${base.endsWith('/') ? base : `${base}/`}xapi/`;
  const ext = (name: string) => `${root}extensies/${name}`;
  return {
    scenario: (scenarioId: string) => `${root}casus/${encodeURIComponent(scenarioId)}`,
    moment: (scenarioId: string, momentId: string) =>
      `${root}casus/${encodeURIComponent(scenarioId)}/moment/${encodeURIComponent(momentId)}`,
    extensions: {
      /** The kassabon total of one choice, whole euro cents. */
      kassabonCents: ext('kassabon-totaal-cent'),
      /** A choice's value delta (−30…+30), one per value. */
      delta: (value: string) => ext(`delta-${value}`),
      /** A completed route's value (0–100), one per value and the balansscore. */
      score: (value: string) => ext(`score-${value}`),
      routeCents: ext('route-totaal-cent'),
      systeemrouteCents: ext('systeemroute-totaal-cent'),
      ending: ext('einde'),
      /** The class code as the trainer typed it, normalised; `context.registration` is derived from it. */
      classCode: ext('klascode'),
    },
  } as const;
}

export type Vocabulary = ReturnType<typeof vocabulary>;
