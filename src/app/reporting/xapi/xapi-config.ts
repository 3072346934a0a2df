// zod/mini: this is read before the menu (the link may configure an LRS), where every kilobyte counts.
import { z } from 'zod/mini';
import type { FetchLike } from './lrs-client.ts';
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

export const endpointSchema = z.string().check(z.refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && !url.search && !url.hash;
  } catch {
    return false;
  }
}));

/** `key:secret` (an LRS client's key and secret) or a whole header value (`Basic …`). */
export const authSchema = z.string().check(z.minLength(3), z.maxLength(2000), z.refine((value) => /^Basic \S+$/.test(value) || (value.includes(':') && !/[\r\n]/.test(value))));

/** A class code as a trainer says it aloud: letters, digits, spaces and dashes, or a UUID. */
export const classCodeSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u));

/** The optional file beside index.html (`kostenbewust.config.json`); `xapi: null` or no `xapi` means off. */
export const configFileSchema = z.object({
  xapi: z.optional(z.nullable(z.strictObject({ endpoint: endpointSchema, auth: z.optional(authSchema), klas: z.optional(classCodeSchema) }))),
});

const utf8Base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

export function authorizationHeader(auth: string): string {
  return auth.startsWith('Basic ') ? auth : `Basic ${utf8Base64(auth)}`;
}

/** The URL wins over the file, field by field: a link can point one class at another class code. */
export function xapiSettings(fromUrl: XapiInput, fromFile: XapiInput | null): XapiSettings | null {
  const endpoint = fromUrl.endpoint ?? fromFile?.endpoint;
  if (!endpoint) return null;
  const auth = fromUrl.auth ?? fromFile?.auth;
  const klas = fromUrl.klas ?? fromFile?.klas;
  return {
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    ...(auth ? { authorization: authorizationHeader(auth) } : {}),
    ...(klas ? { classCode: normaliseClassCode(klas), registration: classRegistration(klas) } : {}),
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
