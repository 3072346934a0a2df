import type { Plugin } from 'vite';

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "media-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
];

/** The build-time setting that admits one xAPI LRS (see README, "xAPI en klasoverzicht"). */
export const LRS_ORIGIN_ENV = 'KOSTENBEWUST_LRS_ORIGIN';

/**
 * `KOSTENBEWUST_LRS_ORIGIN=https://lrs.hogeschool.nl` becomes that origin in connect-src, and nothing else does:
 * a path, a wildcard or a second origin is refused, so a typo cannot open the policy wider than one LRS.
 */
export function lrsOrigin(value: string | undefined): string | null {
  if (!value?.trim()) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${LRS_ORIGIN_ENV} is geen adres: '${value}'. Geef alleen de origin, bijvoorbeeld https://lrs.hogeschool.nl`);
  }
  const plainHost = /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/i.test(url.hostname);
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !plainHost || url.origin !== value.trim().replace(/\/$/, '')) {
    throw new Error(`${LRS_ORIGIN_ENV} moet precies één origin zijn (schema, host en eventueel poort, geen pad): '${value}'. Bijvoorbeeld https://lrs.hogeschool.nl`);
  }
  return url.origin;
}

/** The policy as written into the built index.html and the other pages. */
export function contentSecurityPolicy({ lrs = null, dev = false }: { lrs?: string | null; dev?: boolean } = {}): string {
  return POLICY.map((p) => {
    if (!p.startsWith('connect-src')) return p;
    return [p, ...(lrs ? [lrs] : []), ...(dev ? ['ws:', 'wss:'] : [])].join(' ');
  }).join('; ');
}

/**
 * Privacy by default, enforced by the browser: the built game may only talk to its own origin, and to the one LRS
 * a deployment names at build time. The dev server additionally needs its hot-reload websocket.
 */
export function contentSecurityPolicyPlugin(env: Record<string, string | undefined> = process.env): Plugin {
  const lrs = lrsOrigin(env[LRS_ORIGIN_ENV]);
  return {
    name: 'kostenbewust-csp',
    transformIndexHtml(html, context) {
      const policy = contentSecurityPolicy({ lrs, dev: Boolean(context.server) });
      return {
        html,
        tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
      };
    },
  };
}
