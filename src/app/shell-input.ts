import type { AppEvent, LaunchRequest, Notice } from './app-machine.ts';
import type { EventBuffer } from './event-buffer.ts';
import type { LaunchParams } from './launch-params.ts';
import type { ReportingContext } from './reporting/configure-reporters.ts';

/** What the app machine needs of a launch link (and of what the reporting set-up found from it). */
export function launchRequest(launch: LaunchParams, reportingNotice: Notice | null): LaunchRequest {
  return {
    ...(launch.casus ? { scenarioId: launch.casus } : {}),
    ...(launch.tarieven ? { tarieven: launch.tarieven } : {}),
    ...(launch.klas ? { classCode: launch.klas } : {}),
    misread: launch.ignored.length > 0,
    reportingNotice,
  };
}

type StatusCallbacks = Pick<ReportingContext, 'onXapiResolved' | 'onXapiActive' | 'onLmsFull' | 'onLmsUnavailable' | 'onXapiStatus'>;

/** What reporting finds along the way, as the app machine's events (kept until its `lrsStatus` actor listens). */
export function reportingStatus(events: EventBuffer<AppEvent>): StatusCallbacks {
  return {
    onXapiResolved: (resolution) =>
      events.push({
        type: 'lrs.resolved',
        lrs: resolution.kind === 'on' ? { host: new URL(resolution.settings.endpoint).host } : false,
        refused: resolution.kind === 'refused',
      }),
    onXapiActive: (classCode) => events.push({ type: 'lrs.active', ...(classCode ? { classCode } : {}) }),
    onLmsFull: () => events.push({ type: 'lms.full' }),
    onLmsUnavailable: () => events.push({ type: 'notice.raised', notice: 'lms' }),
    // Said while statements wait and the LRS fails; gone when they flow again.
    onXapiStatus: ({ waiting, failing }) => events.push({ type: 'lrs.waiting', waiting: waiting > 0 && failing }),
  };
}
