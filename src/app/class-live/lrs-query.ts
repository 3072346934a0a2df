import { lrsHeaders, type FetchLike } from '../reporting/xapi/lrs-client.ts';
import type { XapiSettings } from '../reporting/xapi/xapi-config.ts';
import type { XapiStatement } from '../reporting/xapi/xapi-statement.ts';

/** A statement as an LRS returns it: what the game sent, plus the time the LRS stored it. */
export type StoredStatement = XapiStatement & { readonly stored?: string };

export interface StatementQuery {
  readonly registration: string;
  readonly verb?: string;
  /** Only statements stored after this time (ISO). */
  readonly since?: string;
}

/** More pages than this in one read means something is wrong (a `more` link that loops): stop there. */
const MAX_PAGES = 500;

/**
 * GET /statements with the class's registration, following `more` (resolved against the endpoint, as the spec
 * allows a path relative to the LRS's host) until the LRS says there is no more. Throws when the LRS answers
 * anything but 200, so the caller can say so.
 */
export async function queryStatements(fetchFn: FetchLike, settings: XapiSettings, query: StatementQuery): Promise<StoredStatement[]> {
  const params = new URLSearchParams({ registration: query.registration });
  if (query.verb) params.set('verb', query.verb);
  if (query.since) params.set('since', query.since);
  let next: string | null = `${settings.endpoint}statements?${params}`;
  const statements: StoredStatement[] = [];
  for (let pages = 0; next && pages < MAX_PAGES; pages++) {
    const response = await fetchFn(next, { method: 'GET', headers: lrsHeaders(settings), credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
    if (!response.ok) throw new Error(`LRS answered ${response.status}`);
    const body = (await response.json()) as { statements?: StoredStatement[]; more?: string };
    statements.push(...(body.statements ?? []));
    next = body.more ? new URL(body.more, settings.endpoint).href : null;
  }
  return statements;
}
