import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackLrs, type LoopbackLrs } from '../support/loopback-lrs.mjs';

const statement = (n: number, registration = '6f1c2b8e-4d2a-4f7e-9a1b-2c3d4e5f6a7b') => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { objectType: 'Agent', account: { homePage: 'http://127.0.0.1/', name: 'speler-a' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'nl-NL': 'startte' } },
  object: { objectType: 'Activity', id: 'http://127.0.0.1/xapi/casus/a' },
  context: { registration },
  timestamp: '2026-11-23T10:00:00.000Z',
});

describe('the loopback LRS the browser tests use', () => {
  let lrs: LoopbackLrs;
  let headers: Record<string, string>;
  beforeAll(async () => {
    lrs = await startLoopbackLrs({ pageSize: 2 });
    headers = {
      Authorization: `Basic ${btoa(`${lrs.key}:${lrs.secret}`)}`,
      'X-Experience-API-Version': '1.0.3',
      'Content-Type': 'application/json',
    };
  });
  afterAll(() => lrs.close());

  const put = (body: unknown, id: string, h = headers) =>
    fetch(`${lrs.endpoint}statements?statementId=${id}`, { method: 'PUT', headers: h, body: JSON.stringify(body) });

  it('stores a valid statement once, and refuses other content under the same id', async () => {
    expect((await put(statement(1), statement(1).id)).status).toBe(204);
    expect((await put(statement(1), statement(1).id)).status).toBe(204);
    expect((await put({ ...statement(1), timestamp: '2026-11-24T10:00:00.000Z' }, statement(1).id)).status).toBe(409);
    expect(lrs.statements).toHaveLength(1);
  });

  it('refuses an invalid statement with 400 and records what the validator found', async () => {
    const bad = { ...statement(2), actor: { name: 'Jan Jansen' } };
    const response = await put(bad, bad.id);
    expect(response.status).toBe(400);
    expect(lrs.rejected.at(-1)?.problems.join()).toMatch(/statement\.actor/);
    lrs.rejected.length = 0;
  });

  it('wants the credentials and the version header', async () => {
    expect((await put(statement(3), statement(3).id, { ...headers, Authorization: 'Basic eDp5' })).status).toBe(401);
    const noVersion = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'X-Experience-API-Version'));
    expect((await put(statement(3), statement(3).id, noVersion)).status).toBe(400);
  });

  it('answers the statements query by registration and verb, page by page through `more`', async () => {
    for (const n of [4, 5, 6]) await put(statement(n), statement(n).id);
    await put(statement(7, '11111111-2222-4333-8444-555555555555'), statement(7).id);
    const ids: string[] = [];
    let next = `${lrs.endpoint}statements?registration=6f1c2b8e-4d2a-4f7e-9a1b-2c3d4e5f6a7b&verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/launched')}`;
    for (let pages = 0; next && pages < 10; pages++) {
      const body = (await (await fetch(next, { headers })).json()) as { statements: { id: string }[]; more: string };
      ids.push(...body.statements.map((s) => s.id));
      next = body.more ? new URL(body.more, lrs.endpoint).href : '';
    }
    expect(ids.sort()).toEqual([1, 4, 5, 6].map((n) => statement(n).id));
  });

  it('answers a CORS preflight for another origin', async () => {
    const response = await fetch(`${lrs.endpoint}statements`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:9', 'Access-Control-Request-Method': 'PUT' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:9');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
  });
});
