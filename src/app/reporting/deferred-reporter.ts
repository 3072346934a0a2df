import type { Scenario } from '../../domain/scenario/model.ts';
import type { Report } from './reports.ts';
import type { Reporter } from './reporter.ts';

/**
 * A reporter that is known only later (its code loads on demand, once its settings say it is wanted): reports
 * wait in memory until then and are handed over in order; when it turns out not to be wanted they are dropped.
 */
export function deferredReporter<R extends Reporter>(
  name: string,
  later: Promise<R | null>,
): Reporter & { readonly ready: Promise<R | null> } {
  let waiting: { report: Report; scenario: Scenario }[] | null = [];
  let target: R | null = null;
  const ready = later.then(
    (reporter) => {
      target = reporter;
      const early = waiting ?? [];
      waiting = null;
      if (reporter) for (const { report, scenario } of early) reporter.report(report, scenario);
      return reporter;
    },
    (error: unknown) => {
      console.warn(`Reporter ${name} could not start; the game goes on without it`, error);
      waiting = null;
      return null;
    },
  );
  return {
    name,
    ready,
    report: (report, scenario) => {
      if (target) target.report(report, scenario);
      else waiting?.push({ report, scenario });
    },
    close: () => target?.close?.(),
  };
}
