import type { Notice } from '../app-machine.ts';
import type { Clock } from '../clock.ts';
import type { LaunchParams } from '../launch-params.ts';
import { storeLog } from '../save-store.ts';
import type { KeyValueStore } from '../storage.ts';
import { postMessageReporter } from './post-message-reporter.ts';
import type { Reporter } from './reporter.ts';
import { cmi5Reporting } from './cmi5/cmi5-reporting.ts';
import { connect, findLmsApi } from './scorm/scorm-api.ts';
import { scormReporter } from './scorm/scorm-reporter.ts';
import { decodeSuspendData } from './scorm/suspend-data.ts';
import { deferredReporter } from './deferred-reporter.ts';
import type { FetchLike } from './xapi/lrs-client.ts';
import type { QueueStatus } from './xapi/statement-queue.ts';
import { loadConfigFile, xapiSettings } from './xapi/xapi-config.ts';
import { browserRandom } from './xapi/xapi-ids.ts';

export interface ConfiguredReporting {
  readonly reporters: readonly Reporter[];
  /** Called once the title is usable, with the ids of the casussen on offer. */
  readonly ready: (casussen: readonly string[]) => void;
  /** Said once on the title: an LMS was asked for (`lms=`) but not found. */
  readonly notice: Notice | null;
}

export interface ReportingContext {
  readonly win: Window;
  readonly store: KeyValueStore;
  readonly clock: Clock;
  /** Statements wait for the LRS (or flow again): the game shows or hides a discreet notice. */
  readonly onXapiStatus?: (status: QueueStatus) => void;
  /** An LRS is configured (with this class code, if any): the trainee is told what is sent. */
  readonly onXapiActive?: (classCode: string | undefined) => void;
  /** A cmi5 launch turned out unusable after the title showed (the LMS refused or could not be reached). */
  readonly onLmsUnavailable?: () => void;
}

/** SCORM: connect, put the LMS's resume state in place as the browser's save, and report until the page goes. */
function scormReporting(params: LaunchParams, { win, store, clock }: ReportingContext): Reporter | null {
  if (!params.lms) return null;
  const api = findLmsApi(win, params.lms);
  const lms = api ? connect(api, params.lms) : null;
  if (!lms) return null;
  const resumed = decodeSuspendData(lms.get('cmi.suspend_data'));
  if (resumed && resumed.log.length > 0) storeLog(store, resumed.casusId, resumed.log, clock.now());
  const reporter = scormReporter(lms, clock);
  win.addEventListener('pagehide', () => reporter.close?.());
  return reporter;
}

/**
 * xAPI: on only when the link (`lrs=`) or the trainer's `kostenbewust.config.json` beside index.html names an LRS.
 * The file is read from the game's own folder; the game does not wait for it, and the statement code loads only
 * when an LRS is configured (it is not part of the JS before the menu).
 */
function xapiReporting(params: LaunchParams, { win, store, clock, onXapiStatus, onXapiActive }: ReportingContext): Reporter {
  const baseUrl = new URL('.', win.location.href).href;
  const fetchFn: FetchLike = (input, init) => win.fetch(input, init);
  const fromUrl = { ...(params.lrs ? { endpoint: params.lrs } : {}), ...(params.lrsauth ? { auth: params.lrsauth } : {}), ...(params.klas ? { klas: params.klas } : {}) };
  const reporter = loadConfigFile(fetchFn, baseUrl).then(async (fromFile) => {
    const settings = xapiSettings(fromUrl, fromFile);
    if (!settings) return null;
    onXapiActive?.(settings.classCode);
    const { xapiReporter } = await import('./xapi/xapi-reporter.ts');
    const xapi = xapiReporter({ settings: Promise.resolve(settings), baseUrl, store, clock, fetch: fetchFn, random: browserRandom, ...(onXapiStatus ? { onStatus: onXapiStatus } : {}) });
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
  if (params.ouder && win.parent !== win) {
    const posting = postMessageReporter(win.parent, params.ouder);
    reporters.push(posting);
    ready = (casussen) => posting.ready(casussen);
  }
  let notice: Notice | null = null;
  try {
    const scorm = scormReporting(params, context);
    if (scorm) reporters.push(scorm);
    else if (params.lms) notice = 'lms';
  } catch (error) {
    // A broken LMS API never stops the game.
    console.warn('The LMS could not be reached; the game plays on without it', error);
    notice = 'lms';
  }
  const cmi5 = cmi5Reporting(context);
  if (cmi5 === 'invalid') notice = 'lms';
  else if (cmi5) reporters.push(cmi5);
  reporters.push(xapiReporting(params, context));
  return { reporters, ready, notice };
}
