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

/**
 * Privacy by default, enforced by the browser: the built game may only talk to its own origin.
 * The dev server additionally needs its hot-reload websocket.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'kostenbewust-csp',
    transformIndexHtml(html, context) {
      const policy = context.server ? POLICY.map((p) => (p.startsWith('connect-src') ? `${p} ws: wss:` : p)) : POLICY;
      return {
        html,
        tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy.join('; ') }, injectTo: 'head-prepend' }],
      };
    },
  };
}
