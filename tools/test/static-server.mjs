// A small static file server for the production build, serving it under a sub-path
// (like an LMS package would) so tests prove the build has no absolute asset URLs.
// Usage: node tools/test/static-server.mjs --root dist --prefix /lms/pakket/ --port 4174
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wav': 'audio/wav',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

async function resolveFile(root, prefix, url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return undefined; // a malformed URL is a 404, not a crashed server
  }
  if (!path.startsWith(prefix)) return undefined;
  const file = resolve(root, normalize(path.slice(prefix.length) || 'index.html'));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (!info) return undefined;
  return info.isDirectory() ? join(file, 'index.html') : file;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml']);

/**
 * Starts serving; resolves with the server and its base URL. With `gzip`, text is sent compressed to a browser
 * that accepts it, as any real host does (the phone benchmark's slow network counts transferred bytes).
 */
export function serveStatic({ root, prefix = '/', port = 0, host = '127.0.0.1', gzip = false }) {
  const absoluteRoot = resolve(root);
  const server = createServer(async (request, response) => {
    const file = await resolveFile(absoluteRoot, prefix, request.url ?? '/');
    const body = file ? await readFile(file).catch(() => undefined) : undefined;
    if (!file || !body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const headers = { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      response.end(gzipSync(body));
      return;
    }
    response.writeHead(200, headers);
    response.end(body);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}${prefix}` });
    });
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
  );
  const { url } = await serveStatic({ root: args.root ?? 'dist', prefix: args.prefix ?? '/', port: Number(args.port ?? 4174) });
  console.log(`Serving ${args.root ?? 'dist'} at ${url}`);
}
