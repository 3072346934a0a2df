import { readFileSync } from 'node:fs';
import { lmsPackage } from '../../tools/build/lms-packages.ts';
import { startCmi5Lms, type Cmi5Lms } from '../support/cmi5-lms.mjs';
import { startStatementService, type StatementService, type StoredStatement } from '../support/statement-service.mjs';
import { SCENARIO, expect, startButton, test } from './fixtures.ts';
import { playFirstOptions } from './play-frame.ts';

/**
 * A cmi5 launch end to end: the package's zip (as `npm run build:scorm` writes it) imported by a small LMS stand-in
 * that serves it from its own origin and hands out the launch, in front of Learning Locker's statement service
 * (npm `xapi-statements`, in memory) as the real statement store. Both are started here on free ports.
 */
test.use({ reducedMotion: 'reduce' });
test.describe.configure({ mode: 'serial' });

const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

let store: StatementService;
let lms: Cmi5Lms;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  store = await startStatementService();
  lms = await startCmi5Lms({ zip: lmsPackage('cmi5', 'dist', version).zip, store });
});

test.afterAll(async () => {
  await lms?.close();
  await store?.close();
});

test.afterEach(() => {
  expect(lms.violations, 'what the LMS refused or found odd').toEqual([]);
});

const isDefined = (s: StoredStatement) => s.context?.contextActivities?.['category']?.some((c) => c.id === CMI5) ?? false;
const verbName = (s: StoredStatement) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', '');

test('an LMS launch: the token from the fetch URL, initialized, every choice, completed, terminated, all in the registration', async ({
  page,
}) => {
  expect(lms.course).toMatchObject({ url: 'index.html', moveOn: 'Completed', launchMethod: 'AnyWindow' });
  const { url, session } = await lms.launch();
  await page.goto(url);
  // The title says where choices and scores go: to the LMS that launched the game.
  await expect(page.locator('.privacy')).toContainText('naar de leeromgeving (LMS) die het spel opende');
  await startButton(page).click();
  const decisions = await playFirstOptions(page);
  await expect.poll(() => session.received.map(verbName)).toContain('completed');

  // Leaving the page ends the session: terminated goes out with the page.
  await page.goto('about:blank');
  await expect
    .poll(async () => (await store.statements({ registration: session.registration })).map(verbName), { timeout: 30_000 })
    .toContain('terminated');

  const stored = (await store.statements({ registration: session.registration })).toSorted((a, b) =>
    a.timestamp.localeCompare(b.timestamp),
  );
  const defined = stored.filter(isDefined);
  expect(defined.map(verbName)).toEqual(['launched', 'initialized', 'completed', 'terminated']);
  for (const statement of defined) expect(statement.object.id).toBe(session.activityId);
  const completed = defined[2];
  expect(completed?.result).toMatchObject({ completion: true, duration: expect.stringMatching(/^PT[\d.]+S$/) });
  expect(completed?.result).not.toHaveProperty('score');
  expect(completed?.context?.contextActivities?.['category']?.map((c) => c.id)).toEqual([CMI5, MOVE_ON]);

  // The game's own statements, as cmi5 allowed statements between initialized and terminated.
  const allowed = stored.filter((s) => !isDefined(s));
  expect(allowed.map(verbName)).toEqual(['launched', ...Array<string>(decisions).fill('answered'), 'completed']);
  expect(allowed[0]?.object.id).toMatch(new RegExp(`/xapi/casus/${SCENARIO.id}$`));
  expect(allowed.at(-1)?.result).toMatchObject({ completion: true, score: { min: 0, max: 100 } });
  const times = stored.map((s) => s.timestamp);
  expect(allowed.every((s) => s.timestamp > (defined[1]?.timestamp ?? '') && s.timestamp < (defined[3]?.timestamp ?? ''))).toBe(true);
  expect(times).toEqual(times.toSorted());

  // One learner, one registration, one session, and the LMS's publisher id in grouping, on every statement.
  for (const statement of stored) {
    expect(statement.actor.account).toEqual(session.actor.account);
    expect(statement.context?.registration).toBe(session.registration);
    expect(statement.context?.extensions?.[SESSION_ID]).toBe(session.id);
    expect(statement.context?.contextActivities?.['grouping']).toEqual([expect.objectContaining({ id: lms.course.auId })]);
  }

  // The token was asked for once, and only ever sent to the LMS's own endpoint.
  expect(lms.fetchCalls().at(-1)).toBe(1);
  const toLrs = lms.requests.filter((r) => r.path.startsWith('/lrs/'));
  expect(toLrs.length).toBeGreaterThan(decisions);
  expect(new Set(toLrs.map((r) => r.authorization))).toEqual(new Set([`Basic ${session.token}`]));
});

test('a reload ends the session with terminated, does not use the spent fetch URL again, says the LMS is not there and plays on', async ({
  page,
}) => {
  const { url, session } = await lms.launch();
  await page.goto(url);
  // The game's own statements flow only once its session is open: the casus's launched proves it is.
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await expect.poll(() => session.received.map(verbName)).toEqual(['initialized', 'launched']);
  const calls = lms.fetchCalls().length;
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('geen leeromgeving');
  await expect.poll(async () => (await store.statements({ registration: session.registration })).map(verbName)).toContain('terminated');
  expect(lms.fetchCalls()).toHaveLength(calls);
  expect(lms.fetchCalls().at(-1)).toBe(1);
  // Progress stays in the browser as always: the casus begun before the reload can be resumed.
  await expect(startButton(page, SCENARIO.nl, 'Verder spelen')).toBeVisible();
});
