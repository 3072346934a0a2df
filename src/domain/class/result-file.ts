import { z } from 'zod';
import { availableOptions, stateAfter, type Step } from '../play/route.ts';
import { RESULT_KIND, RESULT_VERSION, type ResultRecord } from '../debrief/result-export.ts';
import type { Scenario } from '../scenario/model.ts';

/** Why a file was skipped by the results class overview; the page says each in one calm sentence. */
export type ResultFileProblem =
  | { readonly reason: 'not-json' }
  /** JSON, but not a kostenbewust result (another kind, or no kind at all). */
  | { readonly reason: 'foreign' }
  /** A result format newer than this build reads. */
  | { readonly reason: 'newer-version'; readonly version: number }
  /** The right kind and version, but fields are missing or wrong. */
  | { readonly reason: 'malformed' }
  | { readonly reason: 'unknown-casus'; readonly scenarioId: string }
  /** Made with another version of the casus's content (its content hash differs). */
  | { readonly reason: 'other-content'; readonly scenarioId: string }
  /** The choices are not a route through this casus. */
  | { readonly reason: 'not-a-route'; readonly scenarioId: string }
  /** The very same result was already loaded. */
  | { readonly reason: 'duplicate' }
  /** Far larger than any result: not read at all. */
  | { readonly reason: 'too-large' };

/** Results are a few kilobytes; anything above this is not one and is not read. */
export const MAX_RESULT_FILE_BYTES = 1024 * 1024;

const step = z.object({ momentId: z.string().max(200), optionId: z.string().max(200) });

/** What the overview needs of a result; other fields (routes, payers) are recomputed from the casus, never trusted. */
const resultSchema = z.object({
  kind: z.literal(RESULT_KIND),
  version: z.literal(RESULT_VERSION),
  casusId: z.string().min(1).max(200),
  contentHash: z.string().max(200),
  completedAt: z.string().max(100),
  endingId: z.string().max(200),
  steps: z.array(step).min(1).max(500),
});

/** The part of a result file the overview reads. */
export type ImportedResult = Pick<ResultRecord, 'casusId' | 'contentHash' | 'completedAt' | 'endingId'> & {
  readonly steps: readonly Step[];
};

export type ParsedResult = { readonly kind: 'ok'; readonly result: ImportedResult } | ({ readonly kind: 'problem' } & ResultFileProblem);

/** Reads one file's text as a result (format `kostenbewust-resultaat` v1, docs/playing.md "Downloaded results"). */
export function parseResultFile(text: string): ParsedResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { kind: 'problem', reason: 'not-json' };
  }
  if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== RESULT_KIND)
    return { kind: 'problem', reason: 'foreign' };
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > RESULT_VERSION) return { kind: 'problem', reason: 'newer-version', version };
  const parsed = resultSchema.safeParse(json);
  if (!parsed.success) return { kind: 'problem', reason: 'malformed' };
  const { casusId: scenarioId, contentHash, completedAt, endingId, steps } = parsed.data;
  return { kind: 'ok', result: { casusId: scenarioId, contentHash, completedAt, endingId, steps } };
}

/** Whether the steps walk through the casus from its start to the stated ending, each option available when chosen. */
export function isRouteOf(scenario: Scenario, result: ImportedResult): boolean {
  let momentId = scenario.start;
  for (const [index, s] of result.steps.entries()) {
    if (s.momentId !== momentId || !scenario.moments[momentId]) return false;
    const option = availableOptions(scenario, momentId, stateAfter(scenario, result.steps.slice(0, index))).find(
      (o) => o.id === s.optionId,
    );
    if (!option) return false;
    const last = index === result.steps.length - 1;
    if (option.to.kind === 'ending') return last && option.to.id === result.endingId;
    momentId = option.to.id;
  }
  return false;
}

/** Checks a parsed result against the casus it names (undefined: this build does not have that casus). */
export function checkAgainstScenario(result: ImportedResult, scenario: Scenario | undefined): ResultFileProblem | null {
  if (!scenario) return { reason: 'unknown-casus', scenarioId: result.casusId };
  if (scenario.contentHash !== result.contentHash) return { reason: 'other-content', scenarioId: result.casusId };
  if (!isRouteOf(scenario, result)) return { reason: 'not-a-route', scenarioId: result.casusId };
  return null;
}

/** Identifies a result for finding the same file twice: when it was made and what was chosen. */
export const resultIdentity = (result: ImportedResult): string =>
  `${result.casusId}|${result.completedAt}|${result.steps.map((s) => `${s.momentId}:${s.optionId}`).join(',')}`;
