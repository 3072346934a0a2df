import { lrsHeaders, type FetchLike } from '../reporting/xapi/lrs-client.ts';
import type { XapiSettings } from '../reporting/xapi/xapi-config.ts';

export interface StatementQuery {
  readonly registration: string;
  readonly verb?: string;
  /** Only statements stored after this time (ISO). */
  readonly since?: string;
}

/** The LRS answered, but not with 200: 401 and 403 mean the key is missing or refused. */
export class LrsAnswerError extends Error {
  constructor(readonly status: number) {
    super(`LRS answered ${status}`);
    this.name = 'LrsAnswerError';
  }

  get keyRefused(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

/** More pages than this in one read means something is wrong (a `more` link that loops): stop there. */
const MAX_PAGES = 500;

/**
 * Where a `more` link leads, or null when it leaves the endpoint: the request carries the LRS key, which goes
 * nowhere but under the endpoint it belongs to (the spec's `more` is a path on the LRS's own host).
 */
export function followMore(more: string, endpoint: string): string | null {
  let next: URL;
  try {
    next = new URL(more, endpoint);
  } catch {
    return null;
  }
  return next.href.startsWith(endpoint) ? next.href : null;
}

/**
 * GET /statements with the class's registration, following `more` until the LRS says there is no more. The
 * statements come back unread (`unknown`): the caller checks each. Throws when the LRS answers anything but 200,
 * a body that is not a statement result, or a `more` outside the endpoint, so the caller can say so and try again.
 */
export async function queryStatements(fetchFn: FetchLike, settings: XapiSettings, query: StatementQuery): Promise<unknown[]> {
  const params = new URLSearchParams({ registration: query.registration });
  if (query.verb) params.set('verb', query.verb);
  if (query.since) params.set('since', query.since);
  let next: string | null = `${settings.endpoint}statements?${params}`;
  const statements: unknown[] = [];
  for (let pages = 0; next && pages < MAX_PAGES; pages++) {
    const response = await fetchFn(next, {
      method: 'GET',
      headers: lrsHeaders(settings),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
    if (!response.ok) throw new LrsAnswerError(response.status);
    const body: unknown = await response.json();
    if (body === null || typeof body !== 'object' || !('statements' in body) || !Array.isArray(body.statements))
      throw new Error('LRS answered without a statements list');
    // One by one: spreading a very long page into push() overflows the call stack.
    for (const statement of body.statements as unknown[]) statements.push(statement);
    const more = 'more' in body ? body.more : undefined;
    if (more !== undefined && more !== null && typeof more !== 'string') throw new Error('LRS answered with a `more` that is not a string');
    next = more ? followMore(more, settings.endpoint) : null;
    if (more && !next) throw new Error('LRS answered with a `more` outside its endpoint');
  }
  return statements;
}
