import type { SendOutcome } from './statement-queue.ts';
import type { XapiSettings } from './xapi-config.ts';
import type { XapiStatement } from './xapi-statement.ts';
import { XAPI_VERSION } from './xapi-vocabulary.ts';
import type { FetchLike } from './fetch-like.ts';

export type { FetchLike } from './fetch-like.ts';

export function lrsHeaders(settings: XapiSettings): Record<string, string> {
  return {
    'X-Experience-API-Version': XAPI_VERSION,
    ...(settings.authorization ? { Authorization: settings.authorization } : {}),
  };
}

/**
 * PUT /statements?statementId=…: idempotent, so a statement that did arrive but whose answer got lost is simply
 * stored once. 204 (or 409 for an id the LRS already holds with other content) ends it; 400 and 413 will never
 * succeed and are dropped; anything else (off-line, CORS or CSP refusal, 401, 5xx) is retried later.
 */
export async function putStatement(fetchFn: FetchLike, settings: XapiSettings, statement: XapiStatement): Promise<SendOutcome> {
  const url = `${settings.endpoint}statements?statementId=${encodeURIComponent(statement.id)}`;
  const response = await fetchFn(url, {
    method: 'PUT',
    headers: { ...lrsHeaders(settings), 'Content-Type': 'application/json' },
    body: JSON.stringify(statement),
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  });
  if (response.ok || response.status === 409) return 'sent';
  if (response.status === 400 || response.status === 413) return 'refused';
  return 'retry';
}
