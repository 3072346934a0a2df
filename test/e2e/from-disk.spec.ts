import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures.ts';

test('opened from disk (file://), the page says in Dutch how to serve it instead of hanging on "Laden: 0%"', async ({ page, errors }) => {
  await page.goto(pathToFileURL(resolve('dist/index.html')).href);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('rechtstreeks vanaf de schijf');
  await expect(alert).toContainText('http.server');
  await expect(alert).toContainText('opened straight from disk');
  // The browser's own refusal to load modules from a file is what this message explains; nothing else may fail.
  expect(
    errors.every((e) => /CORS policy|net::ERR_FAILED/.test(e)),
    errors.join('\n'),
  ).toBe(true);
  errors.length = 0;
});
