import type { Report } from './reports.ts';
import { REPORT_VERSION } from './reports.ts';
import type { Reporter } from './reporter.ts';

/** Every message the game posts carries this `source`, so a parent page can tell them from others. */
export const MESSAGE_SOURCE = 'kostenbewust';

/** The reports a parent frame receives; the resume log stays in the browser. */
const POSTED: ReadonlySet<Report['type']> = new Set(['casus.begun', 'moment.entered', 'choice.made', 'casus.completed']);

export interface ParentFrame {
  postMessage(message: unknown, targetOrigin: string): void;
}

export type PostedMessage = { readonly source: typeof MESSAGE_SOURCE; readonly version: number } & (
  Report | { readonly type: 'ready'; readonly casussen: readonly string[] }
);

/**
 * Posts reports to the parent frame only, and only to the configured origin (`?ouder=https://…`): the browser
 * drops a message whose target origin does not match the parent page, so nothing reaches any other page.
 */
export function postMessageReporter(parent: ParentFrame, targetOrigin: string): Reporter & { ready(scenarios: readonly string[]): void } {
  const post = (message: PostedMessage) => parent.postMessage(message, targetOrigin);
  return {
    name: 'postMessage',
    ready: (scenarios) => post({ source: MESSAGE_SOURCE, version: REPORT_VERSION, type: 'ready', casussen: scenarios }),
    report: (report) => {
      if (POSTED.has(report.type)) post({ source: MESSAGE_SOURCE, version: REPORT_VERSION, ...report });
    },
  };
}
