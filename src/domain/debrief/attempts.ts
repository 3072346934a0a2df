import { z } from 'zod/mini';
import type { Step } from '../play/route.ts';
import { VALUE_KEYS, type ValueKey } from '../scenario/model.ts';
import type { ScoreResult } from '../scoring/score.ts';

/** One finished playthrough of a casus, kept in the browser so attempts can be compared side by side. */
export interface Attempt {
  readonly steps: readonly Step[];
  readonly endingId: string;
  readonly totalCents: number;
  readonly values: Readonly<Record<ValueKey, number>>;
  readonly overall: number;
  /** ISO 8601. */
  readonly finishedAt: string;
}

/** Attempts kept per casus: the most recent ones. */
export const MAX_ATTEMPTS = 20;

const attemptSchema = z.strictObject({
  steps: z.array(z.strictObject({ momentId: z.string(), optionId: z.string() })).check(z.maxLength(10_000)),
  endingId: z.string(),
  totalCents: z.int(),
  values: z.strictObject(Object.fromEntries(VALUE_KEYS.map((key) => [key, z.number()])) as Record<ValueKey, z.ZodMiniNumber>),
  overall: z.number(),
  finishedAt: z.string(),
});
/** The stored list of attempts of one casus (`writeAttempts` writes it). */
export const storedAttemptsSchema = z.strictObject({
  version: z.literal(1),
  attempts: z.array(attemptSchema).check(z.maxLength(MAX_ATTEMPTS)),
});

export function attemptOf(
  completed: { readonly endingId: string; readonly steps: readonly Step[]; readonly score: ScoreResult },
  finishedAt: Date,
): Attempt {
  return {
    steps: completed.steps.map(({ momentId, optionId }) => ({ momentId, optionId })),
    endingId: completed.endingId,
    totalCents: completed.score.routeCents,
    values: { ...completed.score.values },
    overall: completed.score.overall,
    finishedAt: finishedAt.toISOString(),
  };
}

/** Stored attempts; anything unreadable counts as none (attempts are a convenience, never a reason to fail). */
export function readAttempts(raw: string | null): Attempt[] {
  if (!raw) return [];
  try {
    const parsed = storedAttemptsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.attempts : [];
  } catch {
    return [];
  }
}

export function writeAttempts(attempts: readonly Attempt[]): string {
  return JSON.stringify({ version: 1, attempts: attempts.slice(-MAX_ATTEMPTS) });
}

/** The list with this attempt added, the oldest dropped beyond MAX_ATTEMPTS. */
export function withAttempt(attempts: readonly Attempt[], attempt: Attempt): Attempt[] {
  return [...attempts, attempt].slice(-MAX_ATTEMPTS);
}
