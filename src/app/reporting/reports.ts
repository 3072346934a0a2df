import type { Step } from '../../domain/play/route.ts';
import type { Scenario, ValueKey } from '../../domain/scenario/model.ts';
import type { SessionEmitted, SessionEvent } from '../../domain/session/events.ts';

/** The version of the report shapes below; an outside listener (an LMS page, a parent frame) can check it. */
export const REPORT_VERSION = 1;

/** One kassabon line as reported: whole cents, Dutch item text, the payer's id. */
export interface ReportedLine {
  readonly item: string;
  readonly payer: string;
  readonly amountCents: number;
  readonly frequency: string;
  readonly periods: number;
  readonly subtotalCents: number;
}

/**
 * What reporters (postMessage, SCORM, later xAPI) are told. Derived from the session's emitted events and the
 * compiled casus: no reporter reads snapshots, and the domain never imports a reporter.
 */
export type Report =
  | { readonly type: 'casus.begun'; readonly casusId: string }
  | {
      readonly type: 'moment.entered';
      readonly casusId: string;
      readonly momentId: string;
      readonly decision: number;
      readonly month: number;
    }
  | {
      readonly type: 'choice.made';
      readonly casusId: string;
      readonly momentId: string;
      readonly optionId: string;
      readonly decision: number;
      readonly lines: readonly ReportedLine[];
      readonly totalCents: number;
      /** The value deltas of this choice. */
      readonly values: Readonly<Record<ValueKey, number>>;
    }
  | {
      readonly type: 'casus.completed';
      readonly casusId: string;
      readonly endingId: string;
      /** The three values (0–100) and the balansscore (0–100). */
      readonly scores: Readonly<Record<ValueKey, number>> & { readonly balans: number };
      readonly totalCents: number;
      readonly systeemrouteCents: number;
      readonly route: readonly Step[];
    }
  /** The event log changed: what a resume state (localStorage, SCORM suspend_data) stores. */
  | { readonly type: 'progress.changed'; readonly casusId: string; readonly log: readonly SessionEvent[] };

/** Turns one emitted session event into a report, or null for events no reporter needs (sound cues). */
export function reportFor(scenario: Scenario, event: SessionEmitted): Report | null {
  const scenarioId = scenario.id;
  switch (event.type) {
    case 'casus.begun':
      return { type: 'casus.begun', casusId: scenarioId };
    case 'moment.entered':
      return {
        type: 'moment.entered',
        casusId: scenarioId,
        momentId: event.momentId,
        decision: event.decision,
        month: scenario.moments[event.momentId]?.month ?? 0,
      };
    case 'choice.made': {
      const lines = event.lines.map((line) => ({
        item: line.cost.item.nl,
        payer: line.cost.payer,
        amountCents: line.cost.amountCents,
        frequency: line.cost.frequency,
        periods: line.countedPeriods,
        subtotalCents: line.subtotalCents,
      }));
      return {
        type: 'choice.made',
        casusId: scenarioId,
        momentId: event.momentId,
        optionId: event.optionId,
        decision: event.decision,
        lines,
        totalCents: event.totalCents,
        values: event.values,
      };
    }
    case 'casus.completed': {
      const { score } = event;
      return {
        type: 'casus.completed',
        casusId: scenarioId,
        endingId: event.endingId,
        scores: { ...score.values, balans: score.overall },
        totalCents: score.routeCents,
        systeemrouteCents: score.systeemCents,
        route: event.steps.map(({ momentId, optionId }) => ({ momentId, optionId })),
      };
    }
    case 'log.changed':
      return { type: 'progress.changed', casusId: scenarioId, log: event.log };
    default:
      return null;
  }
}
