import type { Plugin } from 'vite';
import { staticMenuScriptSource } from './static-menu.ts';

const POLICY = [
  "default-src 'self'",
  // The one inline script: it finishes the static casus list in index.html before the game's files arrive.
  `script-src 'self' ${staticMenuScriptSource()}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "media-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  // The checking worker and the offline service worker are the game's own files.
  "worker-src 'self'",
  "manifest-src 'self'",
  // The game submits no form anywhere (its one form, the live class view's class code, is handled in the page).
  "form-action 'none'",
];

/** The build-time setting that admits one xAPI LRS (docs/embedding.md, "xAPI en klasoverzicht"). */
export const LRS_ORIGIN_ENV = 'KOSTENBEWUST_LRS_ORIGIN';
/** The build-time setting that names the LMS/ELO origins that may frame the game (docs/embedding.md, "Response headers"). */
export const FRAME_ANCESTORS_ENV = 'KOSTENBEWUST_FRAME_ANCESTORS';
/** Stands in the examples of docs/embedding.md for a school's LMS origin. */
export const FRAME_ANCESTOR_PLACEHOLDER = 'https://elo.uw-hogeschool.nl';

/** One origin (scheme, host, optional port) or a Dutch message that says what is wrong with `value`. */
function origin(value: string, setting: string): string {
  const example = setting === LRS_ORIGIN_ENV ? 'https://lrs.hogeschool.nl' : FRAME_ANCESTOR_PLACEHOLDER;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${setting} is geen adres: '${value}'. Geef alleen de origin, bijvoorbeeld ${example}`);
  }
  const plainHost = /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/i.test(url.hostname);
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !plainHost || url.origin !== value.replace(/\/$/, '')) {
    throw new Error(
      `${setting} moet precies één origin zijn (schema, host en eventueel poort, geen pad): '${value}'. Bijvoorbeeld ${example}`,
    );
  }
  return url.origin;
}

/**
 * `KOSTENBEWUST_LRS_ORIGIN=https://lrs.hogeschool.nl` becomes that origin in connect-src, and nothing else does:
 * a path, a wildcard or a second origin is refused, so a typo cannot open the policy wider than one LRS.
 */
export function lrsOrigin(value: string | undefined): string | null {
  if (!value?.trim()) return null;
  return origin(value.trim(), LRS_ORIGIN_ENV);
}

/**
 * `KOSTENBEWUST_FRAME_ANCESTORS="https://elo.hogeschool.nl https://canvas.hogeschool.nl"`: the LMS/ELO origins that
 * may show the game in a frame, besides the game's own origin. Each must be one origin, as for the LRS.
 */
export function frameAncestors(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((part) => origin(part, FRAME_ANCESTORS_ENV));
}

/** The policy as written into the built index.html and the other pages. */
export function contentSecurityPolicy({ lrs = null, dev = false }: { lrs?: string | null; dev?: boolean } = {}): string {
  return POLICY.map((p) => {
    if (!p.startsWith('connect-src')) return p;
    return [p, ...(lrs ? [lrs] : []), ...(dev ? ['ws:', 'wss:'] : [])].join(' ');
  }).join('; ');
}

/**
 * The policy for a response header: the page's own policy plus what only a header can say. `frame-ancestors` (which
 * sites may frame the game) is ignored in a `<meta>` tag. Sent beside the meta tag, it changes nothing else: the
 * browser enforces both, so a host cannot loosen what the build wrote.
 */
export function headerContentSecurityPolicy({
  lrs = null,
  ancestors = [],
}: { lrs?: string | null; ancestors?: readonly string[] } = {}): string {
  return `${contentSecurityPolicy({ lrs })}; frame-ancestors ${["'self'", ...ancestors].join(' ')}`;
}

/**
 * `dist/_headers`, read by Netlify and Cloudflare Pages (other hosts serve it as a plain file; it holds no secret):
 * the same headers docs/embedding.md gives for nginx and Apache.
 */
export function headersFile(policy: { lrs?: string | null; ancestors?: readonly string[] } = {}): string {
  return [
    `# Response headers for Netlify and Cloudflare Pages, written by the build (tools/build/vite-plugin-csp.ts).`,
    `# frame-ancestors: the sites that may show the game in a frame. Build with`,
    `# ${FRAME_ANCESTORS_ENV}="${FRAME_ANCESTOR_PLACEHOLDER}" to add your LMS, or edit the line below.`,
    '/*',
    `  Content-Security-Policy: ${headerContentSecurityPolicy(policy)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '# The service worker: always asked of the server, so a new version is found.',
    '/sw.js',
    '  Cache-Control: no-cache',
    '# Every file in assets/ has its content hash in its name.',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/**
 * Privacy by default, enforced by the browser: the built game may only talk to its own origin, and to the one LRS
 * a deployment names at build time. The dev server additionally needs its hot-reload websocket. The build also
 * writes `_headers` with the header-only part (frame-ancestors).
 */
export function contentSecurityPolicyPlugin(env: Record<string, string | undefined> = process.env): Plugin {
  const lrs = lrsOrigin(env[LRS_ORIGIN_ENV]);
  const ancestors = frameAncestors(env[FRAME_ANCESTORS_ENV]);
  return {
    name: 'kostenbewust-csp',
    transformIndexHtml(html, context) {
      const policy = contentSecurityPolicy({ lrs, dev: Boolean(context.server) });
      return {
        html,
        tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
      };
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile({ lrs, ancestors }) });
    },
  };
}
