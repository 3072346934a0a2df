import type { SendOutcome } from '../xapi/statement-queue.ts';

/** An LRS answer as the queue understands it; `@xapi/cmi5` rejects with axios errors that carry the HTTP status. */
export function outcomeOf(error: unknown): SendOutcome {
  const status = (error as { response?: { status?: unknown } } | null)?.response?.status;
  if (status === 409) return 'sent';
  // Refused for good: invalid (400), too large (413), or the LMS says no (401, 403: a rule broken, the session over).
  if (status === 400 || status === 401 || status === 403 || status === 413) return 'refused';
  return 'retry';
}
