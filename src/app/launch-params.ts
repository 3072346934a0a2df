import { z } from 'zod/mini';
import { LANGS, type Lang } from '../domain/scenario/text.ts';
import { PLAY_MODES, type PlayMode } from '../ui/play-mode.ts';
import { authSchema, classCodeSchema, endpointSchema } from './reporting/xapi/xapi-config.ts';

/** The LMS runtimes the game can report to; chosen by the SCORM package's launch URL (`?lms=scorm12`). */
export type LmsKind = 'scorm12' | 'scorm2004';

/** What a link (or an LMS launch URL) asks of the game. Everything is optional; nothing is on by default. */
export interface LaunchParams {
  readonly casus?: string;
  readonly taal?: Lang;
  /** speler (default), klas (class mode for a projector) or trainer (the facilitator notes while playing). */
  readonly modus?: PlayMode;
  /** Origin of the parent page that receives postMessage events, or '*' when written out explicitly. */
  readonly ouder?: string;
  readonly lms?: LmsKind;
  /** The tariff set the kassabon prices with: `?tarieven=voorbeeld-gemeente` (the file name in scenarios/tarieven/). */
  readonly tarieven?: string;
  /** An xAPI LRS endpoint (`lrs=https://lrs.example/xapi/`), its credentials (`lrsauth=key:secret`) and the class code. */
  readonly lrs?: string;
  readonly lrsauth?: string;
  readonly klas?: string;
  /** Parameters whose value was not understood: ignored, and the title says so calmly. */
  readonly ignored: readonly string[];
}

const origin = z.pipe(
  z.string().check(
    z.refine((value) => {
      if (value === '*') return true;
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
      } catch {
        return false;
      }
    }),
  ),
  z.transform((value: string) => value.replace(/\/$/, '')),
);

const fields = {
  casus: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)),
  taal: z.enum(LANGS),
  modus: z.enum(PLAY_MODES),
  ouder: origin,
  lms: z.enum(['scorm12', 'scorm2004']),
  tarieven: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
  lrs: endpointSchema,
  lrsauth: authSchema,
  klas: classCodeSchema,
} as const;

type Field = keyof typeof fields;

/** Reads `?casus=twee-zonen&taal=en&modus=speler&ouder=https://…`; a bad value is dropped and named in `ignored`. */
export function parseLaunchParams(search: string): LaunchParams {
  const query = new URLSearchParams(search);
  const result: Record<string, string> = {};
  const ignored: string[] = [];
  for (const name of Object.keys(fields) as Field[]) {
    const raw = query.get(name);
    if (raw === null) continue;
    const parsed = fields[name].safeParse(raw.trim());
    if (parsed.success) result[name] = parsed.data;
    else ignored.push(name);
  }
  return { ...(result as Omit<LaunchParams, 'ignored'>), ignored };
}

/** Link parameters that are secrets: read once, then taken out of the address. */
export const CREDENTIAL_PARAMS = ['lrsauth'] as const;

/** The page's address without the link's credentials, or null when it carries none. */
export function withoutCredentials(href: string): string | null {
  const url = new URL(href);
  if (!CREDENTIAL_PARAMS.some((name) => url.searchParams.has(name))) return null;
  for (const name of CREDENTIAL_PARAMS) url.searchParams.delete(name);
  return url.href;
}

export interface AddressBar {
  readonly location: { readonly href: string; readonly search: string };
  readonly history: { readonly state: unknown; replaceState(data: unknown, unused: string, url?: string | URL | null): void };
}

/**
 * Reads the link's parameters once and at once takes its credentials out of the address bar (`replaceState`
 * overwrites this history entry): a key never stays in the history or a bookmark, and no link built from the
 * address afterwards (class mode, trainer view) can copy it. The key lives on only in the returned parameters.
 */
export function readLaunchLink(win: AddressBar): LaunchParams {
  const params = parseLaunchParams(win.location.search);
  const clean = withoutCredentials(win.location.href);
  if (clean) {
    try {
      win.history.replaceState(win.history.state, '', clean);
    } catch (error) {
      // A page that may not rewrite its own address (some sandboxed frames) still plays; the key is never shown.
      console.warn("The link's credentials could not be taken out of the address bar", error instanceof Error ? error.name : 'error');
    }
  }
  return params;
}
