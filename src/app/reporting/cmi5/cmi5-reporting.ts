import { fnv1a } from '../../../domain/scenario/fnv1a.ts';
import type { ReportingContext } from '../reporting-context.ts';
import { deferredReporter } from '../deferred-reporter.ts';
import type { Reporter } from '../reporter.ts';
import { browserRandom } from '../xapi/xapi-ids.ts';
import { parseCmi5Launch } from './cmi5-launch.ts';

/**
 * The fetch URL gives its token once (cmi5 8.2), and a reload has ended the session with `terminated`: the tab
 * remembers (a hash of) the URLs it used, never the token, so a reload asks the LMS for nothing.
 */
function firstUseOf(win: Window, fetchUrl: string): boolean {
  const key = `kostenbewust:cmi5-fetch:${fnv1a(fetchUrl)}`;
  try {
    if (win.sessionStorage.getItem(key) !== null) return false;
    win.sessionStorage.setItem(key, '1');
  } catch {
    // No session storage (a sandboxed frame): the LMS answers a second use with its own error.
  }
  return true;
}

/**
 * cmi5: on only when an LMS launched the game with the five cmi5 parameters. Endpoint, learner, registration and a
 * one-time token all come from that launch, never from the config file or a key in a link. The client code loads
 * only then. Returns 'invalid' for half a launch (the game says the LMS was not found), null without cmi5.
 */
export function cmi5Reporting({ win, store, clock, onXapiStatus, onLmsUnavailable }: ReportingContext): Reporter | 'invalid' | null {
  const parsed = parseCmi5Launch(win.location.search);
  if (parsed.kind === 'none') return null;
  if (parsed.kind === 'invalid') {
    console.warn(`The cmi5 launch parameters are not usable; the game plays without the LMS: ${parsed.problems.join('; ')}`);
    return 'invalid';
  }
  if (!firstUseOf(win, parsed.launch.fetch)) {
    console.warn(
      'This cmi5 launch was already used in this tab (a reload): its fetch URL hands out one token only. Start the game again from the LMS.',
    );
    return 'invalid';
  }
  const baseUrl = new URL('.', win.location.href).href;
  const started = import('./cmi5-reporter.ts')
    .then(({ cmi5Reporter }) =>
      cmi5Reporter({
        launch: parsed.launch,
        baseUrl,
        store,
        clock,
        random: browserRandom,
        win,
        ...(onXapiStatus ? { onStatus: onXapiStatus } : {}),
      }),
    )
    .catch((error: unknown) => {
      console.warn('cmi5: the game plays on without the LMS', error);
      onLmsUnavailable?.();
      return null;
    });
  return deferredReporter('cmi5', started);
}
