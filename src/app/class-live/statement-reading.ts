import { z } from 'zod/mini';
import { isUuid } from '../reporting/xapi/xapi-ids.ts';

/**
 * One statement as the class view uses it: only the fields it counts with, each checked. Anyone with the write key
 * can post statements, so nothing in them is trusted: a statement that does not have this shape is skipped and
 * counted, never thrown on.
 */
export interface ClassStatement {
  readonly id: string;
  readonly trainee: string;
  readonly verb: string;
  readonly object: string;
  readonly registration?: string;
  readonly response?: string;
  /** When it happened (the statement's timestamp, else when the LRS stored it): orders a trainee's choices. */
  readonly at: string;
  /** When the LRS stored it (a valid date): the next poll asks from a little before the newest. */
  readonly stored?: string;
}

/** Longer than any IRI or name this game writes: a longer one is not from this game. */
const MAX_IRI = 2000;
const MAX_NAME = 200;

const bounded = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const isoDate = z.string().check(
  z.maxLength(64),
  z.refine((value) => !Number.isNaN(Date.parse(value))),
);

const statementSchema = z.object({
  id: z.string().check(z.refine(isUuid)),
  actor: z.object({ account: z.object({ name: bounded(MAX_NAME) }) }),
  verb: z.object({ id: bounded(MAX_IRI) }),
  object: z.object({ id: bounded(MAX_IRI) }),
  context: z.optional(z.object({ registration: z.optional(z.string().check(z.refine(isUuid))) })),
  result: z.optional(z.object({ response: z.optional(z.string().check(z.maxLength(MAX_IRI))) })),
  timestamp: z.optional(isoDate),
  stored: z.optional(isoDate),
});

/** A statement the LRS returned, checked field by field; null when any field the view needs is missing or malformed. */
export function readStatement(raw: unknown): ClassStatement | null {
  const parsed = statementSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { id, actor, verb, object, context, result, timestamp, stored } = parsed.data;
  return {
    id: id.toLowerCase(),
    trainee: actor.account.name,
    verb: verb.id,
    object: object.id,
    ...(context?.registration ? { registration: context.registration.toLowerCase() } : {}),
    ...(result?.response !== undefined ? { response: result.response } : {}),
    at: timestamp ?? stored ?? '',
    ...(stored ? { stored } : {}),
  };
}

/**
 * How an unreadable statement is recognised when a later poll returns it again (the polls overlap): by its id when
 * it has a string one, else by its JSON. Capped, so a huge hostile body costs no more than its first kilobytes.
 */
export function unreadableKey(raw: unknown): string {
  if (raw !== null && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return `id:${raw.id.slice(0, 200)}`;
  let json: string;
  try {
    json = JSON.stringify(raw) ?? String(raw);
  } catch {
    json = String(raw);
  }
  return `json:${json.slice(0, 4000)}`;
}
