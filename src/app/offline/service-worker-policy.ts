/** Why the game does not register its service worker on this page; `null` means it does. */
export type NoServiceWorker = 'development' | 'unsupported' | 'insecure' | 'hosted' | 'framed';

export interface PageFacts {
  /** `location.search` of the page. */
  readonly search: string;
  /** The page is inside a frame (an LMS player, an embedding page): `window.top !== window`. */
  readonly framed: boolean;
  /** The browser has `navigator.serviceWorker`. */
  readonly supported: boolean;
  /** `window.isSecureContext`: service workers need https (or localhost). */
  readonly secure: boolean;
  /** `import.meta.env.PROD`: the dev server has no service worker to register. */
  readonly production: boolean;
}

/**
 * Launch parameters that mean an LMS or another host started the game: `lms` (the SCORM packages' launch URL, and
 * any later LMS kind), cmi5's launch parameters (`endpoint`, `fetch`, `actor`, `registration`, `activityId`) and
 * `ouder` (an embedding page). Only their presence counts, not whether the value is understood.
 */
const HOSTED_BY = ['lms', 'endpoint', 'fetch', 'actor', 'registration', 'activityId', 'ouder'] as const;

/**
 * Only a page of its own, opened from the game's own folder, gets the service worker. Inside an LMS the package's
 * folder belongs to the LMS (which may serve it with its own caching, rewrite its paths or serve it from a scope a
 * worker may not claim), and a framed page's worker would be a third-party one under storage partitioning: there
 * the game stays an ordinary page that loads from the network, as it always did.
 */
export function noServiceWorker(facts: PageFacts): NoServiceWorker | null {
  if (!facts.production) return 'development';
  if (!facts.supported) return 'unsupported';
  if (!facts.secure) return 'insecure';
  const query = new URLSearchParams(facts.search);
  if (HOSTED_BY.some((name) => query.has(name))) return 'hosted';
  if (facts.framed) return 'framed';
  return null;
}
