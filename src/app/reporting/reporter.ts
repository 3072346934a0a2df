import type { Scenario } from '../../domain/scenario/model.ts';
import type { SessionActor } from '../app-machine.ts';
import { reportFor, type Report } from './reports.ts';

/**
 * The reporting port: one implementation per target (postMessage to a parent frame, a SCORM LMS, an xAPI LRS).
 * A reporter never throws into the game: a broken target is its own problem, and the game plays on.
 */
export interface Reporter {
  readonly name: string;
  /** `scenario` is the casus the report is about, for targets that describe it (xAPI names moments and options). */
  report(report: Report, scenario: Scenario): void;
  /** The casus closed (or the page leaves): finish what is pending. */
  close?(): void;
}

const REPORTED = ['casus.begun', 'moment.entered', 'choice.made', 'casus.completed', 'log.changed'] as const;

function deliver(reporter: Reporter, report: Report, scenario: Scenario): void {
  try {
    reporter.report(report, scenario);
  } catch (error) {
    console.warn(`Reporter ${reporter.name} failed; the game goes on`, error);
  }
}

/** Subscribes every reporter to the session's emitted events. Returns the unsubscribe. */
export function bindReporting(session: SessionActor, reporters: readonly Reporter[]): () => void {
  if (reporters.length === 0) return () => undefined;
  const scenario = session.getSnapshot().context.scenario;
  const subscriptions = REPORTED.map((type) =>
    session.on(type, (event) => {
      const report = reportFor(scenario, event);
      if (report) for (const reporter of reporters) deliver(reporter, report, scenario);
    }),
  );
  return () => subscriptions.forEach((s) => s.unsubscribe());
}
