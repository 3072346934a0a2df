// zod/mini: this is read before the menu, on every start, to see whether an LMS launched the game with cmi5.
import { z } from 'zod/mini';
import { isUuid } from '../xapi/xapi-ids.ts';

/** The learner as the LMS names them (cmi5 9.2: an Agent with an account); the game never shows it. */
export interface Cmi5Actor {
  readonly objectType: 'Agent';
  readonly name?: string;
  readonly account: { readonly homePage: string; readonly name: string };
}

/** The five launch parameters of cmi5 8.1, checked. */
export interface Cmi5Launch {
  /** The LMS's xAPI endpoint, ending in '/'. */
  readonly endpoint: string;
  /** The one-time URL that hands out the session's authorization token (POST, cmi5 8.2). */
  readonly fetch: string;
  readonly actor: Cmi5Actor;
  readonly registration: string;
  /** The AU's activity id as this LMS made it: the object of every cmi5 defined statement. */
  readonly activityId: string;
}

export type Cmi5LaunchResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'launch'; readonly launch: Cmi5Launch }
  /** Some cmi5 parameters, but not a launch the game can use: it plays without the LMS and says so. */
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

export const CMI5_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

const httpUrl = (allowQuery: boolean) =>
  z.string().check(
    z.maxLength(2048),
    z.refine((value) => {
      try {
        const url = new URL(value);
        return (
          (url.protocol === 'https:' || url.protocol === 'http:') &&
          !url.username &&
          !url.password &&
          !url.hash &&
          (allowQuery || !url.search)
        );
      } catch {
        return false;
      }
    }),
  );

const actorSchema = z.pipe(
  z.pipe(
    z.string().check(z.maxLength(4096)),
    z.transform((text: string, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.issues.push({ code: 'custom', message: 'not JSON', input: text });
        return z.NEVER;
      }
    }),
  ),
  z.object({
    objectType: z.optional(z.literal('Agent')),
    name: z.optional(z.string().check(z.maxLength(500))),
    account: z.object({ homePage: httpUrl(true), name: z.string().check(z.minLength(1), z.maxLength(500)) }),
  }),
);

const fields = {
  endpoint: httpUrl(false),
  fetch: httpUrl(true),
  actor: actorSchema,
  registration: z.string().check(z.refine(isUuid)),
  activityId: z.string().check(z.maxLength(2048), z.regex(/^[a-z][a-z0-9+.-]*:[^\s]+$/i)),
} as const;

const WHAT = {
  endpoint: 'an http(s) URL without credentials, query or fragment',
  fetch: 'an http(s) URL without credentials or fragment',
  actor: 'a JSON Agent with an account (homePage and name)',
  registration: 'a UUID',
  activityId: 'an absolute IRI',
} as const satisfies Record<(typeof CMI5_PARAMETERS)[number], string>;

/**
 * Reads a cmi5 launch (`?endpoint=…&fetch=…&actor=…&registration=…&activityId=…`, in any order, cmi5 8.1) from the
 * query string. None of the five: no cmi5. All five and valid: the launch. Anything in between is named, parameter
 * by parameter, and the game plays without the LMS: half a launch is never guessed at.
 */
export function parseCmi5Launch(search: string): Cmi5LaunchResult {
  const query = new URLSearchParams(search);
  if (CMI5_PARAMETERS.every((name) => query.get(name) === null)) return { kind: 'none' };
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const name of CMI5_PARAMETERS) {
    const raw = query.get(name);
    if (raw === null) {
      problems.push(`${name} is missing`);
      continue;
    }
    const parsed = fields[name].safeParse(raw.trim());
    if (parsed.success) values[name] = parsed.data;
    else problems.push(`${name} is not ${WHAT[name]}`);
  }
  if (problems.length > 0) return { kind: 'invalid', problems };
  const { endpoint, fetch, actor, registration, activityId } = values as unknown as Cmi5Launch & { actor: Omit<Cmi5Actor, 'objectType'> };
  return {
    kind: 'launch',
    launch: {
      endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
      fetch,
      actor: {
        objectType: 'Agent',
        ...(actor.name !== undefined ? { name: actor.name } : {}),
        account: { homePage: actor.account.homePage, name: actor.account.name },
      },
      registration,
      activityId,
    },
  };
}
