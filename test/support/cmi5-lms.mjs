// A small stand-in for what an LMS adds to a cmi5 launch, in front of a real statement store: it imports the cmi5
// zip (cmi5.xml and the files), serves the AU from its own origin, writes LMS.LaunchData and the `launched`
// statement, hands out each session's token once at the fetch URL, and passes the AU's statements on to the store
// after checking the token, the actor, the registration, the order (initialized first, nothing after terminated)
// and each statement's validity. Everything it refuses or finds odd is kept in `violations` for the test to read.
// Usage: const lms = await startCmi5Lms({ zip, store }); const url = await lms.launch(); … await lms.close();
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { unzipSync } from 'fflate';
import { CONTENT_TYPES } from '../../tools/test/static-server.mjs';
import { statementProblems } from './validate-statement.mjs';

const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const VERB = (name) => `http://adlnet.gov/expapi/verbs/${name}`;

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const json = (response, status, body) =>
  response.writeHead(status, { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' }).end(JSON.stringify(body));

/** The AU of the package as an LMS reads it from cmi5.xml (the attributes and the url this stub needs). */
export function readCourse(xml) {
  const au = /<au\s([^>]*)>([\s\S]*?)<\/au>/.exec(xml);
  if (!au) throw new Error('cmi5.xml has no <au>');
  const attribute = (name) => new RegExp(`${name}="([^"]*)"`).exec(au[1])?.[1];
  const url = /<url>([^<]+)<\/url>/.exec(au[2])?.[1];
  if (!attribute('id') || !url) throw new Error('the <au> has no id or url');
  return {
    auId: attribute('id'),
    moveOn: attribute('moveOn') ?? 'NotApplicable',
    launchMethod: attribute('launchMethod') ?? 'AnyWindow',
    url,
  };
}

export async function startCmi5Lms({ zip, store, host = '127.0.0.1' }) {
  const files = unzipSync(zip);
  const course = readCourse(new TextDecoder().decode(files['cmi5.xml']));
  /** Sessions by token: the launch's parameters, its LaunchData, and what arrived. */
  const sessions = new Map();
  /** Fetch URLs by key: the token they give out, and how often they were asked. */
  const fetches = new Map();
  const violations = [];
  const requests = [];

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://stub');
    requests.push({ method: request.method, path: url.pathname, authorization: request.headers.authorization ?? null });
    try {
      if (url.pathname.startsWith('/content/')) {
        const bytes = files[decodeURIComponent(url.pathname.slice('/content/'.length))];
        if (!bytes || request.method !== 'GET') return response.writeHead(404).end();
        return response
          .writeHead(200, {
            'Content-Type': CONTENT_TYPES[extname(url.pathname)] ?? 'application/octet-stream',
            'Cache-Control': 'no-store',
          })
          .end(bytes);
      }
      if (url.pathname.startsWith('/fetch/')) {
        const entry = fetches.get(url.pathname.slice('/fetch/'.length));
        if (!entry || request.method !== 'POST') return json(response, entry ? 405 : 404, {});
        entry.calls += 1;
        if (entry.calls > 1)
          return json(response, 200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
        return json(response, 200, { 'auth-token': entry.token });
      }
      if (!url.pathname.startsWith('/lrs/')) return response.writeHead(404).end();
      const resource = url.pathname.slice('/lrs/'.length);
      const session = sessions.get((request.headers.authorization ?? '').replace(/^Basic /, ''));
      if (!session) {
        violations.push(`${request.method} ${resource} without a session's token`);
        return json(response, 401, { message: 'no valid token' });
      }
      if (resource === 'about') return json(response, 200, { version: ['1.0.3'] });
      if (resource === 'activities/state' && request.method === 'GET') {
        const matches =
          url.searchParams.get('stateId') === 'LMS.LaunchData' &&
          url.searchParams.get('activityId') === session.activityId &&
          url.searchParams.get('registration') === session.registration &&
          JSON.stringify(JSON.parse(url.searchParams.get('agent') ?? 'null')?.account) === JSON.stringify(session.actor.account);
        if (!matches) violations.push(`state asked with other parameters: ${url.search}`);
        return matches ? json(response, 200, session.launchData) : json(response, 404, {});
      }
      if (resource === 'agents/profile' && request.method === 'GET')
        return json(response, 200, { languagePreference: 'nl-NL,en-US', audioPreference: 'on' });
      if (resource === 'statements' && (request.method === 'POST' || request.method === 'PUT')) {
        const body = JSON.parse(await readBody(request));
        const statements = Array.isArray(body) ? body : [body];
        for (const statement of statements.toSorted((a, b) => a.timestamp.localeCompare(b.timestamp))) {
          const problems = [
            ...statementProblems(statement),
            ...(JSON.stringify(statement.actor?.account) === JSON.stringify(session.actor.account) ? [] : ['another actor']),
            ...(statement.context?.registration === session.registration ? [] : ['another registration']),
            ...(statement.context?.extensions?.[SESSION_ID] === session.id ? [] : ['no session id']),
            ...(session.received.length === 0 && statement.verb.id !== VERB('initialized')
              ? [`${statement.verb.id} before initialized`]
              : []),
            ...(session.terminated && !session.received.some((s) => s.id === statement.id)
              ? [`${statement.verb.id} after terminated`]
              : []),
          ];
          if (problems.length > 0) {
            violations.push(`${statement.verb?.id}: ${problems.join(', ')}`);
            return json(response, problems.includes(`${statement.verb.id} after terminated`) ? 403 : 400, { problems });
          }
          if (!session.received.some((s) => s.id === statement.id)) session.received.push(statement);
          if (statement.verb.id === VERB('terminated') && statement.context?.contextActivities?.category?.some((c) => c.id === CMI5))
            session.terminated = true;
        }
        const query = request.method === 'PUT' ? `statements?${url.searchParams}` : 'statements';
        const answer = await store.forward(request.method, query, JSON.stringify(body));
        return response
          .writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/json' })
          .end(await answer.text());
      }
      violations.push(`unexpected ${request.method} ${resource}`);
      return json(response, 404, {});
    } catch (error) {
      violations.push(`stub failed on ${request.method} ${url.pathname}: ${error}`);
      return json(response, 500, {});
    }
  });
  await new Promise((resolve) => server.listen(0, host, resolve));
  const origin = `http://${host}:${server.address().port}`;

  return {
    origin,
    course,
    violations,
    requests,
    sessions,
    /** Fetch calls per launch, in launch order. */
    fetchCalls: () => [...fetches.values()].map((entry) => entry.calls),
    /**
     * Launches the AU for a learner as an LMS does: a registration, a session, an activity id of its own (never the
     * publisher's), LaunchData and `launched` in the store first, then the launch URL with the five parameters.
     */
    async launch({
      actor = { objectType: 'Agent', account: { homePage: origin, name: `leerling-${randomUUID().slice(0, 8)}` } },
      launchMode = 'Normal',
    } = {}) {
      const registration = randomUUID();
      const token = randomBytes(18).toString('base64');
      const fetchKey = randomBytes(12).toString('hex');
      const session = {
        id: randomUUID(),
        token,
        actor,
        registration,
        activityId: `${origin}/activiteit/${encodeURIComponent(course.auId)}`,
        received: [],
        terminated: false,
      };
      session.launchData = {
        contextTemplate: { contextActivities: { grouping: [{ id: course.auId }] }, extensions: { [SESSION_ID]: session.id } },
        launchMode,
        launchMethod: course.launchMethod,
        moveOn: course.moveOn,
        returnURL: `${origin}/cursus`,
      };
      sessions.set(token, session);
      fetches.set(fetchKey, { token, calls: 0 });
      const launched = {
        id: randomUUID(),
        actor,
        verb: { id: VERB('launched'), display: { 'en-US': 'launched' } },
        object: { objectType: 'Activity', id: session.activityId },
        context: {
          registration,
          contextActivities: { grouping: [{ id: course.auId }], category: [{ id: CMI5 }] },
          extensions: {
            [SESSION_ID]: session.id,
            'https://w3id.org/xapi/cmi5/context/extensions/launchmode': launchMode,
            'https://w3id.org/xapi/cmi5/context/extensions/moveon': course.moveOn,
          },
        },
        timestamp: new Date().toISOString(),
      };
      const stored = await store.forward('POST', 'statements', JSON.stringify(launched));
      if (!stored.ok) throw new Error(`the store refused launched: ${stored.status} ${await stored.text()}`);
      const query = new URLSearchParams({
        endpoint: `${origin}/lrs/`,
        fetch: `${origin}/fetch/${fetchKey}`,
        actor: JSON.stringify(actor),
        registration,
        activityId: session.activityId,
      });
      return { url: `${origin}/content/${course.url}?${query}`, session };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
