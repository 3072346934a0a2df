import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { freePort } from '../../tools/test/free-port.mjs';
import { serveStatic } from '../../tools/test/static-server.mjs';
import { expect, test } from './fixtures.ts';

/**
 * No page of the build may trip its own Content-Security-Policy while it loads: a violation is either a bug (a
 * blocked request) or noise that hides the next real one. Every HTML file in dist/ is visited, so a new page is
 * covered without touching this test. Violations are caught in every frame (the embedding example frames the game),
 * with the meta policy alone and with the policy of dist/_headers sent as a response header too, as a host that
 * follows the README does.
 */
const PAGES = readdirSync('dist')
  .filter((name) => name.endsWith('.html'))
  .sort();
const HEADER_POLICY = /^ {2}Content-Security-Policy: (.+)$/m.exec(readFileSync('dist/_headers', 'utf8'))?.[1] ?? '';
const TITLE = { level: 1, name: 'Kostenbewust Interveniëren' } as const;

interface Violation {
  readonly page: string;
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
}

async function collectViolations(context: BrowserContext, into: Violation[]): Promise<void> {
  await context.exposeBinding('reportCspViolation', ({ frame }, violation: Omit<Violation, 'page'>) => {
    into.push({ page: frame.url(), ...violation });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (v: object) => void }).reportCspViolation;
      void report({ directive: event.violatedDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}` });
    });
  });
}

/** Sends the `_headers` policy with every response of the game's server, as nginx or Apache would. */
async function sendHeaderPolicy(context: BrowserContext, gameOrigin: string): Promise<void> {
  await context.route(
    (url) => url.origin === gameOrigin,
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': HEADER_POLICY } });
    },
  );
}

test('the build has the pages this test walks, and a header policy that says who may frame it', () => {
  expect(PAGES).toEqual(expect.arrayContaining(['index.html', 'resultaten-overzicht.html', 'klas-live.html', 'inbedden-voorbeeld.html']));
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
    .exec(readFileSync('dist/index.html', 'utf8'))?.[1]
    ?.replaceAll('&#39;', "'");
  expect(HEADER_POLICY).toBe(`${meta}; frame-ancestors 'self'`);
});

for (const mode of ['meta', 'header'] as const) {
  for (const name of PAGES) {
    test(`${name} loads without a single CSP violation (${mode === 'meta' ? 'meta policy' : 'meta and header policy'})`, async ({
      page,
      context,
      baseURL,
    }) => {
      const violations: Violation[] = [];
      const consoleReports: string[] = [];
      await collectViolations(context, violations);
      if (mode === 'header') await sendHeaderPolicy(context, new URL(baseURL ?? '').origin);
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) consoleReports.push(message.text());
      });
      await page.goto(`./${name}`);
      if (name === 'index.html' || name === 'inbedden-voorbeeld.html') {
        // The game's title is up, in its own page or in the embedding example's frame: every start-up module ran.
        const game = name === 'index.html' ? page : page.frameLocator('#spel');
        await expect(game.getByRole('heading', TITLE)).toBeVisible();
      }
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
      expect(consoleReports).toEqual([]);
    });
  }
}

test.describe('a site on another origin', () => {
  let server: Server;
  let dir: string;
  let url: string;

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'framer-'));
    ({ server, url } = await serveStatic({ root: dir, prefix: '/', port: await freePort() }));
  });

  test.afterAll(async () => {
    if (server) await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  test('cannot frame the game when the host sends the header policy', async ({ page, context, baseURL, errors }) => {
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Elders</title></head>
<body><iframe id="game" title="Spel" src="${new URL('index.html', baseURL)}" style="width:800px;height:600px"></iframe></body></html>`,
    );
    await sendHeaderPolicy(context, new URL(baseURL ?? '').origin);
    const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
    await page.goto(url);
    expect((await refused).text()).toContain("frame-ancestors 'self'");
    await expect(page.frameLocator('#game').getByRole('heading', TITLE)).toHaveCount(0);
    // The browser's refusal is the expected outcome here, not an error of the game.
    errors.splice(0, errors.length, ...errors.filter((error) => !/frame-ancestors/.test(error)));
  });
});
