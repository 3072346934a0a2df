import type { Step } from '../play/route.ts';
import { VALUE_KEYS, type Scenario, type ValueKey } from '../scenario/model.ts';
import type { ComparedRouteKind } from '../play/route-kinds.ts';
import { compareRoutes } from './route-comparison.ts';
import { wrongPocket } from './wrong-pocket.ts';

/** The kind and version of a downloaded result; readers refuse other kinds and versions above theirs. */
export const RESULT_KIND = 'kostenbewust-resultaat';
export const RESULT_VERSION = 1;

/**
 * One finished attempt, as "download my result" writes it (docs/playing.md "Downloaded results"). No names: the
 * casus by id, choices by moment and option id, money in whole cents, values 0–100.
 */
export interface ResultRecord {
  readonly kind: typeof RESULT_KIND;
  readonly version: typeof RESULT_VERSION;
  readonly casusId: string;
  readonly contentHash: string;
  /** The tariff set the amounts are priced with ('standaard', a gemeente's set, or 'eigen'), when one was applied. */
  readonly tariffSet?: string;
  /** ISO 8601, when the result was written. */
  readonly completedAt: string;
  readonly horizonMonths: number;
  readonly endingId: string;
  readonly steps: readonly { readonly momentId: string; readonly optionId: string }[];
  readonly routes: readonly {
    readonly kind: ComparedRouteKind;
    readonly totalCents: number;
    readonly values?: Readonly<Record<ValueKey, number>>;
    readonly overall?: number;
  }[];
  readonly payers: readonly { readonly payer: string; readonly routeCents: number; readonly systeemCents: number }[];
}

export function resultRecord(scenario: Scenario, steps: readonly Step[], endingId: string, completedAt: string): ResultRecord {
  return {
    kind: RESULT_KIND,
    version: RESULT_VERSION,
    casusId: scenario.id,
    contentHash: scenario.contentHash,
    ...(scenario.tariffSet ? { tariffSet: scenario.tariffSet.id } : {}),
    completedAt,
    horizonMonths: scenario.horizonMonths,
    endingId,
    steps: steps.map(({ momentId, optionId }) => ({ momentId, optionId })),
    routes: compareRoutes(scenario, steps, endingId).map((route) => ({
      kind: route.kind,
      totalCents: route.totalCents,
      ...(route.score ? { values: { ...route.score.values }, overall: route.score.overall } : {}),
    })),
    payers: wrongPocket(scenario, steps).rows.map(({ payer, routeCents, systeemCents }) => ({ payer, routeCents, systeemCents })),
  };
}

export const RESULT_CSV_COLUMNS = [
  'kind',
  'version',
  'casusId',
  'completedAt',
  'section',
  'key',
  'totalCents',
  ...VALUE_KEYS,
  'overall',
  'systeemCents',
] as const;

const cell = (value: string | number | undefined): string => {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The same result as CSV (comma-separated, one header row, CRLF): one row per route ("route", key = kind),
 * per payer ("payer", key = payer id, totalCents = your route) and per choice ("step", key = moment:option).
 */
export function resultCsv(record: ResultRecord): string {
  const head = [record.kind, record.version, record.casusId, record.completedAt];
  const rows: (string | number | undefined)[][] = [
    ...record.routes.map((route) => [
      ...head,
      'route',
      route.kind,
      route.totalCents,
      ...VALUE_KEYS.map((key) => route.values?.[key]),
      route.overall,
      undefined,
    ]),
    ...record.payers.map((payer) => [
      ...head,
      'payer',
      payer.payer,
      payer.routeCents,
      undefined,
      undefined,
      undefined,
      undefined,
      payer.systeemCents,
    ]),
    ...record.steps.map((step) => [
      ...head,
      'step',
      `${step.momentId}:${step.optionId}`,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]),
    [...head, 'ending', record.endingId, undefined, undefined, undefined, undefined, undefined, undefined],
  ];
  return [RESULT_CSV_COLUMNS.join(','), ...rows.map((row) => row.map(cell).join(','))].join('\r\n') + '\r\n';
}
