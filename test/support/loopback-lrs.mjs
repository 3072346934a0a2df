// A small Learning Record Store on loopback for the browser tests: the xAPI statements resource
// (PUT, POST, GET with registration/verb/since filters and `more` paging), Basic auth, the version header,
// CORS for a game served from another port, and every incoming statement checked by `xapi-validation`.
// Usage in a test: const lrs = await startLoopbackLrs({ key, secret }); … lrs.statements … await lrs.close();
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { statementProblems } from './validate-statement.mjs';

const VERSION = '1.0.3';
const PATH = '/xapi/statements';

function send(response, status, body, headers = {}) {
  const json = body === undefined ? undefined : JSON.stringify(body);
  response.writeHead(status, {
    'X-Experience-API-Version': VERSION,
    ...(json === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
    ...headers,
  });
  response.end(json);
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Same statement? The LRS's own fields (stored, authority) do not count. */
function sameContent(a, b) {
  const strip = ({ stored: _s, authority: _a, ...rest }) => rest;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

export async function startLoopbackLrs({ key = 'sleutel', secret = 'geheim', port = 0, pageSize = 50 } = {}) {
  /** Stored statements, in the order they arrived. */
  const statements = [];
  /** Statements refused as invalid, with the validator's findings: a test expects none. */
  const rejected = [];
  /** Every request (method, path with query, origin), preflights included. */
  const requests = [];
  const expected = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
  let clock = 0;
  const storedAt = () => {
    // Strictly increasing, so `since` never loses a statement stored in the same millisecond.
    clock = Math.max(clock + 1, Date.now());
    return new Date(clock).toISOString();
  };

  const store = (statement, id) => {
    const problems = statementProblems(statement);
    if (problems.length > 0) {
      rejected.push({ statement, problems });
      return { status: 400, message: problems.join('; ') };
    }
    const known = statements.find((s) => s.id === id);
    if (known)
      return sameContent(known, statement) ? { status: 204 } : { status: 409, message: `statement ${id} exists with other content` };
    statements.push({
      ...statement,
      id,
      stored: storedAt(),
      authority: { objectType: 'Agent', account: { homePage: 'http://127.0.0.1/', name: key } },
    });
    return { status: 204 };
  };

  const query = (params) => {
    const registration = params.get('registration');
    const verb = params.get('verb');
    const since = params.get('since');
    const ascending = params.get('ascending') === 'true';
    const limit = Math.min(Number(params.get('limit') ?? pageSize) || pageSize, pageSize);
    let found = statements.filter(
      (s) => (!registration || s.context?.registration === registration) && (!verb || s.verb.id === verb) && (!since || s.stored > since),
    );
    if (!ascending) found = [...found].reverse();
    return { found, limit };
  };

  /** Pages: the `more` link carries the query and where the next page starts. */
  const page = (params) => {
    const offset = Number(params.get('offset') ?? 0);
    const { found, limit } = query(params);
    const slice = found.slice(offset, offset + limit);
    const next = new URLSearchParams(params);
    next.set('offset', String(offset + limit));
    return { statements: slice, more: offset + limit < found.length ? `${PATH}?${next}` : '' };
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const origin = request.headers.origin;
    requests.push({ method: request.method, path: `${url.pathname}${url.search}`, origin });
    const cors = origin
      ? {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Expose-Headers': 'X-Experience-API-Version, X-Experience-API-Consistent-Through',
          Vary: 'Origin',
        }
      : {};
    if (request.method === 'OPTIONS') {
      send(response, 204, undefined, {
        ...cors,
        'Access-Control-Allow-Methods': 'GET, PUT, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
        'Access-Control-Max-Age': '600',
      });
      return;
    }
    if (url.pathname !== PATH) return send(response, 404, { error: 'not found' }, cors);
    if (request.headers.authorization !== expected) return send(response, 401, { error: 'bad credentials' }, cors);
    if (!/^1\.0\.\d+$/.test(String(request.headers['x-experience-api-version'] ?? '')))
      return send(response, 400, { error: 'X-Experience-API-Version 1.0.x required' }, cors);

    if (request.method === 'GET')
      return send(response, 200, page(url.searchParams), { ...cors, 'X-Experience-API-Consistent-Through': new Date().toISOString() });

    let body;
    try {
      body = JSON.parse(await readBody(request));
    } catch {
      return send(response, 400, { error: 'body is not JSON' }, cors);
    }
    if (request.method === 'PUT') {
      const id = url.searchParams.get('statementId');
      if (!id || (body.id && body.id !== id)) return send(response, 400, { error: 'statementId missing or different from the body' }, cors);
      const outcome = store({ ...body, id }, id);
      return send(response, outcome.status, outcome.message ? { error: outcome.message } : undefined, cors);
    }
    if (request.method === 'POST') {
      const list = Array.isArray(body) ? body : [body];
      const ids = [];
      for (const statement of list) {
        const id = statement.id ?? randomUUID();
        const outcome = store({ ...statement, id }, id);
        if (outcome.status >= 400) return send(response, outcome.status, { error: outcome.message }, cors);
        ids.push(id);
      }
      return send(response, 200, ids, cors);
    }
    send(response, 405, { error: 'method not allowed' }, cors);
  });

  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    endpoint: `${origin}/xapi/`,
    key,
    secret,
    statements,
    rejected,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
