// zod/mini: this is read before the menu (the link may configure an LRS), where every kilobyte counts.
import { z } from 'zod/mini';
import type { FetchLike } from './fetch-like.ts';
import { classRegistration, normaliseClassCode } from './xapi-ids.ts';

/** Where statements go and whose class they belong to; without an endpoint there is no xAPI at all. */
export interface XapiSettings {
  /** The LRS's xAPI endpoint, ending in '/': statements go to `<endpoint>statements`. */
  readonly endpoint: string;
  /** The `Authorization` header value, e.g. `Basic a2V5OnNlY3JldA==`; absent for an LRS that needs none. */
  readonly authorization?: string;
  /** The normalised class code and the `context.registration` derived from it. */
  readonly classCode?: string;
  readonly registration?: string;
}

/** The same three settings, from the URL (`lrs`, `lrsauth`, `klas`) or the config file's `xapi` object. */
export interface XapiInput {
  readonly endpoint?: string;
  readonly auth?: string;
  readonly klas?: string;
}

export const endpointSchema = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && !url.search && !url.hash;
    } catch {
      return false;
    }
  }),
);

/** `key:secret` (an LRS client's key and secret) or a whole header value (`Basic …`). */
export const authSchema = z.string().check(
  z.minLength(3),
  z.maxLength(2000),
  z.refine((value) => /^Basic \S+$/.test(value) || (value.includes(':') && !/[\r\n]/.test(value))),
);

/** A class code as a trainer says it aloud: letters, digits, spaces and dashes, or a UUID. */
export const classCodeSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u));

/** The optional file beside index.html (`kostenbewust.config.json`); `xapi: null` or no `xapi` means off. */
export const configFileSchema = z.object({
  xapi: z.optional(
    z.nullable(z.strictObject({ endpoint: endpointSchema, auth: z.optional(authSchema), klas: z.optional(classCodeSchema) })),
  ),
});

const utf8Base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

export function authorizationHeader(auth: string): string {
  return auth.startsWith('Basic ') ? auth : `Basic ${utf8Base64(auth)}`;
}

/** What the link and the config file come to: no LRS, an LRS with its settings, or a link refused (nothing is sent). */
export type XapiResolution =
  | { readonly kind: 'off' }
  | { readonly kind: 'on'; readonly settings: XapiSettings }
  /** The link names another endpoint than the config file's and brings no key of its own. */
  | { readonly kind: 'refused' };

/** An endpoint as the browser will request it (host case, dot segments and escapes resolved), ending in '/'. */
export function normaliseEndpoint(endpoint: string): string {
  const href = new URL(endpoint).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * The link wins over the file, field by field, but a key stays with its endpoint: the file's key is only ever sent
 * to the file's own endpoint. A link that names another endpoint (another host, or another path on the same one)
 * uses its own `lrsauth`; when the file names an endpoint and the link brings no key for its other one, nothing is
 * sent at all (`refused`), so no link can carry the school's reports, or its key, elsewhere.
 */
export function resolveXapi(fromUrl: XapiInput, fromFile: XapiInput | null): XapiResolution {
  const fileEndpoint = fromFile?.endpoint ? normaliseEndpoint(fromFile.endpoint) : undefined;
  const linkEndpoint = fromUrl.endpoint ? normaliseEndpoint(fromUrl.endpoint) : undefined;
  const endpoint = linkEndpoint ?? fileEndpoint;
  if (!endpoint) return { kind: 'off' };
  const elsewhere = fileEndpoint !== undefined && endpoint !== fileEndpoint;
  if (elsewhere && !fromUrl.auth) return { kind: 'refused' };
  const auth = elsewhere ? fromUrl.auth : (fromUrl.auth ?? fromFile?.auth);
  const klas = fromUrl.klas ?? fromFile?.klas;
  return {
    kind: 'on',
    settings: {
      endpoint,
      ...(auth ? { authorization: authorizationHeader(auth) } : {}),
      ...(klas ? { classCode: normaliseClassCode(klas), registration: classRegistration(klas) } : {}),
    },
  };
}

/** The settings the link and file come to, or null when nothing is to be sent (none configured, or refused). */
export function xapiSettings(fromUrl: XapiInput, fromFile: XapiInput | null): XapiSettings | null {
  const resolved = resolveXapi(fromUrl, fromFile);
  return resolved.kind === 'on' ? resolved.settings : null;
}

/** The link's own three settings (`lrs`, `lrsauth`, `klas`), as resolveXapi takes them. */
export function linkXapiInput(params: { readonly lrs?: string; readonly lrsauth?: string; readonly klas?: string }): XapiInput {
  return {
    ...(params.lrs ? { endpoint: params.lrs } : {}),
    ...(params.lrsauth ? { auth: params.lrsauth } : {}),
    ...(params.klas ? { klas: params.klas } : {}),
  };
}

/** Reads the config file's JSON; a file that is not understood is ignored (with a warning for the trainer). */
export function readConfigFile(json: unknown): XapiInput | null {
  const parsed = configFileSchema.safeParse(json);
  if (!parsed.success) {
    console.warn('kostenbewust.config.json is not understood and is ignored', z.prettifyError(parsed.error));
    return null;
  }
  return parsed.data.xapi ?? null;
}

/** Fetches the optional config file from the game's own folder; missing, unreadable or off-line all mean none. */
export async function loadConfigFile(fetchFn: FetchLike, baseUrl: string): Promise<XapiInput | null> {
  const url = new URL('kostenbewust.config.json', baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  try {
    const response = await fetchFn(url.href, { cache: 'no-store', credentials: 'same-origin' });
    if (!response.ok) return null;
    return readConfigFile(await response.json());
  } catch (error) {
    console.warn('kostenbewust.config.json could not be read; xAPI stays off unless the link configures it', error);
    return null;
  }
}
