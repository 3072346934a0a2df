import { describe, expect, it } from 'vitest';
import { parseCmi5Launch, type Cmi5Launch } from '../../src/app/reporting/cmi5/cmi5-launch.ts';
import { outcomeOf } from '../../src/app/reporting/cmi5/cmi5-outcome.ts';
import {
  CMI5_CATEGORY,
  MOVE_ON_CATEGORY,
  SESSION_ID_EXTENSION,
  allowedStatement,
  definedStatement,
  isoDuration,
  launchDataSchema,
  type Cmi5Session,
} from '../../src/app/reporting/cmi5/cmi5-statements.ts';
import { statementFor, type StatementContext } from '../../src/app/reporting/xapi/xapi-statement.ts';
import { vocabulary } from '../../src/app/reporting/xapi/xapi-vocabulary.ts';
import { statementProblems } from '../support/validate-statement.mjs';
import { minimalScenario } from './support/scenario-builder.ts';

const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example.nl', name: '1625378' } };
const REGISTRATION = '760e3480-ba55-4991-94b0-01820dbd23a2';
const LAUNCH = {
  endpoint: 'https://lms.example.nl/lrs',
  fetch: 'https://lms.example.nl/token?k=2390289x0',
  actor: JSON.stringify(ACTOR),
  registration: REGISTRATION,
  activityId: 'https://lms.example.nl/au/17',
};
const query = (values: Record<string, string>) => `?${new URLSearchParams(values).toString()}`;

describe('cmi5 launch parameters', () => {
  it('reads the five parameters in any order, URL-encoded, and ends the endpoint in a slash', () => {
    const reversed = Object.fromEntries(Object.entries({ casus: 'twee-zonen', ...LAUNCH }).reverse());
    expect(parseCmi5Launch(query(reversed))).toEqual({
      kind: 'launch',
      launch: {
        endpoint: 'https://lms.example.nl/lrs/',
        fetch: LAUNCH.fetch,
        actor: ACTOR,
        registration: REGISTRATION,
        activityId: LAUNCH.activityId,
      },
    });
  });

  it('is no cmi5 launch without any of them, whatever else the link says', () => {
    expect(parseCmi5Launch('')).toEqual({ kind: 'none' });
    expect(parseCmi5Launch('?casus=twee-zonen&lms=scorm12&lrs=https://lrs.example/')).toEqual({ kind: 'none' });
  });

  it('names every missing or unusable parameter instead of guessing at half a launch', () => {
    const withoutFetch: Partial<typeof LAUNCH> = { ...LAUNCH };
    delete withoutFetch.fetch;
    expect(parseCmi5Launch(query({ ...withoutFetch, registration: 'klas-3', actor: '{"mbox":"mailto:a@b.nl"}' }))).toEqual({
      kind: 'invalid',
      problems: ['fetch is missing', 'actor is not a JSON Agent with an account (homePage and name)', 'registration is not a UUID'],
    });
    const hostile = {
      endpoint: 'javascript:alert(1)//',
      fetch: 'https://key:secret@lms.example.nl/token',
      actor: '{not json',
      registration: REGISTRATION,
      activityId: 'no iri',
    };
    expect(parseCmi5Launch(query(hostile))).toEqual({
      kind: 'invalid',
      problems: [
        'endpoint is not an http(s) URL without credentials, query or fragment',
        'fetch is not an http(s) URL without credentials or fragment',
        'actor is not a JSON Agent with an account (homePage and name)',
        'activityId is not an absolute IRI',
      ],
    });
    expect(parseCmi5Launch(query({ ...LAUNCH, endpoint: 'https://lms.example.nl/lrs?key=abc' }))).toMatchObject({
      kind: 'invalid',
      problems: [expect.stringMatching(/^endpoint/)],
    });
  });
});

const scenario = minimalScenario();
const launch = (parseCmi5Launch(query(LAUNCH)) as { launch: Cmi5Launch }).launch;
const launchData = launchDataSchema.parse({
  contextTemplate: {
    contextActivities: { grouping: [{ id: 'urn:kostenbewust-intervenieren:cmi5:au:spel' }] },
    extensions: { [SESSION_ID_EXTENSION]: 'sessie-42' },
  },
  launchMode: 'Normal',
  moveOn: 'Completed',
  launchMethod: 'AnyWindow',
});
const session: Cmi5Session = { launch, launchData, initializedAt: new Date('2026-12-06T10:00:00Z') };
let counter = 0;
const context: StatementContext = {
  vocabulary: vocabulary('https://lms.example.nl/content/17/'),
  homePage: launch.actor.account.homePage,
  pseudonym: launch.actor.account.name,
  registration: REGISTRATION,
  newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  now: () => new Date('2026-12-06T10:05:00Z'),
};
const categories = (statement: { context: Record<string, unknown> }) =>
  ((statement.context['contextActivities'] as { category?: { id: string }[] } | undefined)?.category ?? []).map((a) => a.id);

describe('cmi5 statements', () => {
  it('defined: completed and terminated about the AU, with the cmi5 category, the session id, the duration and no score', () => {
    const completed = definedStatement('completed', session, context.newId(), new Date('2026-12-06T10:12:30.456Z'));
    expect(completed).toMatchObject({
      actor: ACTOR,
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      object: { id: LAUNCH.activityId },
      result: { completion: true, duration: 'PT750.46S' },
      context: {
        registration: REGISTRATION,
        extensions: { [SESSION_ID_EXTENSION]: 'sessie-42' },
        contextActivities: { grouping: [{ id: 'urn:kostenbewust-intervenieren:cmi5:au:spel' }] },
      },
    });
    expect(completed.result).not.toHaveProperty('score');
    expect(categories(completed)).toEqual([CMI5_CATEGORY, MOVE_ON_CATEGORY]);
    const terminated = definedStatement('terminated', session, context.newId(), new Date('2026-12-06T10:20:00Z'));
    expect(terminated.result).toEqual({ duration: 'PT1200S' });
    expect(categories(terminated)).toEqual([CMI5_CATEGORY]);
    for (const statement of [completed, terminated]) expect(statementProblems(statement)).toEqual([]);
  });

  it('allowed: the game’s own statements keep their verb, object and result, take the LMS’s actor and template, never a cmi5 category', () => {
    const answered = statementFor(
      {
        type: 'choice.made',
        casusId: scenario.id,
        momentId: Object.keys(scenario.moments)[0] ?? '',
        optionId: 'a',
        decision: 1,
        lines: [],
        totalCents: 1200,
        values: { legitimiteit: 1, betrokkenheid: 0, rendement: -1 },
      },
      scenario,
      context,
    );
    if (!answered) throw new Error('no statement');
    const sneaky = {
      ...answered,
      context: { ...answered.context, contextActivities: { ...answered.context.contextActivities, category: [{ id: CMI5_CATEGORY }] } },
    } as typeof answered;
    const allowed = allowedStatement(sneaky, session);
    expect(allowed).toMatchObject({ id: answered.id, verb: answered.verb, object: answered.object, result: answered.result, actor: ACTOR });
    expect(allowed.context).toMatchObject({
      registration: REGISTRATION,
      platform: 'Kostenbewust Interveniëren',
      contextActivities: {
        parent: answered.context.contextActivities?.parent,
        grouping: [{ id: 'urn:kostenbewust-intervenieren:cmi5:au:spel' }],
      },
      extensions: { [SESSION_ID_EXTENSION]: 'sessie-42' },
    });
    expect(categories(allowed)).toEqual([]);
    expect(statementProblems(allowed)).toEqual([]);
  });

  it('formats durations in seconds with hundredths, never negative', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(1234)).toBe('PT1.23S');
    expect(isoDuration(-5)).toBe('PT0S');
  });

  it('reads LMS.LaunchData and refuses a document that is not one', () => {
    expect(launchDataSchema.safeParse({ contextTemplate: {}, launchMode: 'Review', moveOn: 'NotApplicable' }).success).toBe(true);
    expect(launchDataSchema.safeParse({ launchMode: 'Normal', moveOn: 'Completed' }).success).toBe(false);
    expect(launchDataSchema.safeParse({ contextTemplate: {}, launchMode: 'Later', moveOn: 'Completed' }).success).toBe(false);
  });

  it('maps the LMS’s answers: a conflict is already there, a refusal is final, the rest is tried again', () => {
    const status = (code: number) => ({ response: { status: code } });
    expect(outcomeOf(status(409))).toBe('sent');
    for (const code of [400, 401, 403, 413]) expect(outcomeOf(status(code))).toBe('refused');
    expect(outcomeOf(status(503))).toBe('retry');
    expect(outcomeOf(new Error('Network Error'))).toBe('retry');
    expect(outcomeOf(null)).toBe('retry');
  });
});
