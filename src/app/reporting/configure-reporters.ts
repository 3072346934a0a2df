import type { Notice } from '../app-machine.ts';
import type { LaunchParams } from '../launch-params.ts';
import { postMessageReporter } from './post-message-reporter.ts';
import type { Reporter } from './reporter.ts';
import { cmi5Reporting } from './cmi5/cmi5-reporting.ts';
import { connect, findLmsApi } from './scorm/scorm-api.ts';
import { reconcileLmsResume } from './scorm/lms-resume.ts';
import { scormReporter, writeSuspendData } from './scorm/scorm-reporter.ts';
import { deferredReporter } from './deferred-reporter.ts';
import type { FetchLike } from './xapi/lrs-client.ts';
import type { ReportingContext } from './reporting-context.ts';
import { linkXapiInput, loadConfigFile, resolveXapi } from './xapi/xapi-config.ts';
import { browserRandom } from './xapi/xapi-ids.ts';

export interface ConfiguredReporting {
  readonly reporters: readonly Reporter[];
  /** Called once the title is usable, with the ids of the casussen on offer. */
  readonly ready: (scenarios: readonly string[]) => void;
  /** Said once on the title: an LMS was asked for (`lms=`) but not found. */
  readonly notice: Notice | null;
  /** Where reports go besides an LRS (known at once; the LRS follows through `onXapiResolved`). */
  readonly destinations: { readonly parent: string | null; readonly lms: boolean };
}

export type { ReportingContext } from './reporting-context.ts';

/**
 * SCORM: connect, weigh the LMS's resume state against the browser's save (the further one wins, and the player
 * is told when they differed), and report until the page goes.
 */
function scormReporting(
  params: LaunchParams,
  { win, store, clock, onLmsFull }: ReportingContext,
): { reporter: Reporter; notice: Notice | null } | null {
  if (!params.lms) return null;
  const api = findLmsApi(win, params.lms);
  const lms = api ? connect(api, params.lms) : null;
  if (!lms) return null;
  const resumed = reconcileLmsResume(lms.get('cmi.suspend_data'), {
    store,
    now: clock.now(),
    ...(params.casus ? { launched: params.casus } : {}),
  });
  const reporter = scormReporter(lms, clock, onLmsFull ? { onSuspendTooLong: onLmsFull } : {});
  let notice: Notice | null = null;
  if (resumed.kind === 'lms' && resumed.ahead) notice = 'lmsAhead';
  if (resumed.kind === 'browser') {
    notice = 'browserAhead';
    if (!writeSuspendData(lms, resumed.scenarioId, resumed.log)) onLmsFull?.();
  }
  win.addEventListener('pagehide', () => reporter.close?.());
  return { reporter, notice };
}

/**
 * xAPI: on only when the link (`lrs=`) or the trainer's `kostenbewust.config.json` beside index.html names an LRS.
 * The file is read from the game's own folder; the game does not wait for it, and the statement code loads only
 * when an LRS is configured (it is not part of the JS before the menu).
 */
function xapiReporting(
  params: LaunchParams,
  { win, store, clock, onXapiStatus, onXapiActive, onXapiResolved }: ReportingContext,
): Reporter {
  const baseUrl = new URL('.', win.location.href).href;
  const fetchFn: FetchLike = (input, init) => win.fetch(input, init);
  const reporter = loadConfigFile(fetchFn, baseUrl).then(async (fromFile) => {
    const resolved = resolveXapi(linkXapiInput(params), fromFile);
    onXapiResolved?.(resolved);
    if (resolved.kind !== 'on') return null;
    const { settings } = resolved;
    onXapiActive?.(settings.classCode);
    const { xapiReporter } = await import('./xapi/xapi-reporter.ts');
    const xapi = xapiReporter({
      settings: Promise.resolve(settings),
      baseUrl,
      store,
      clock,
      fetch: fetchFn,
      random: browserRandom,
      ...(onXapiStatus ? { onStatus: onXapiStatus } : {}),
    });
    win.addEventListener('online', () => xapi.retryNow());
    return xapi;
  });
  return deferredReporter('xAPI', reporter);
}

/**
 * Privacy by default: only what the launch URL (or, for xAPI, the trainer's config file) configures reports
 * anything. A parent frame hears from the game only when the link names its origin (`ouder=`) and the game really
 * is inside a frame; an LMS only when the package's launch URL says `lms=scorm12` or `lms=scorm2004`; an LRS only
 * when one is named.
 */
export function configureReporting(params: LaunchParams, context: ReportingContext): ConfiguredReporting {
  const { win } = context;
  const reporters: Reporter[] = [];
  let ready: ConfiguredReporting['ready'] = () => undefined;
  let parent: string | null = null;
  if (params.ouder && win.parent !== win) {
    parent = params.ouder;
    const posting = postMessageReporter(win.parent, params.ouder);
    reporters.push(posting);
    ready = (scenarios) => posting.ready(scenarios);
  }
  let notice: Notice | null = null;
  let lms = false;
  try {
    const scorm = scormReporting(params, context);
    lms = scorm !== null;
    if (scorm) {
      reporters.push(scorm.reporter);
      notice = scorm.notice;
    } else if (params.lms) notice = 'lms';
  } catch (error) {
    // A broken LMS API never stops the game.
    console.warn('The LMS could not be reached; the game plays on without it', error);
    notice = 'lms';
  }
  const cmi5 = cmi5Reporting(context);
  if (cmi5 === 'invalid') notice = 'lms';
  else if (cmi5) {
    reporters.push(cmi5);
    lms = true;
  }
  reporters.push(xapiReporting(params, context));
  return { reporters, ready, notice, destinations: { parent, lms } };
}
