import { expect, openFreshGame, test, startButton } from './fixtures.ts';

test('the language switch translates the interface and is remembered', async ({ page }) => {
  await openFreshGame(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cost-Conscious Intervening' })).toBeVisible();
  await expect(startButton(page, 'Two sons', 'Start case')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The brand is English wherever it shows: the top bar and the page title.
  await expect(page.locator('.topbar .brand')).toHaveText('Cost-Conscious Intervening');
  await expect(page).toHaveTitle('Cost-Conscious Intervening');
  await page.reload();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'Cost-Conscious Intervening' })).toBeVisible();
});

test('the sound toggle is remembered', async ({ page }) => {
  await openFreshGame(page);
  const toggle = page.getByRole('button', { name: 'Geluid' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Geluid' })).toHaveAttribute('aria-pressed', 'false');
});

test('the Phaser stage draws its first frame behind a decorative canvas', { tag: '@stage' }, async ({ page }, testInfo) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Kostenbewust Interveniëren' })).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('app:first-phaser-frame').length > 0, undefined, { timeout: 20_000 });
  // Each project gets the renderer it is for (playwright.config.ts): the stage tests really ran with WebGL once.
  const renderer = await page.evaluate(() => (window as unknown as { __rendererType?: string }).__rendererType);
  expect(renderer).toBe(testInfo.project.name === 'webgl' ? 'WebGL' : 'Canvas');
  const canvas = page.locator('#stage canvas');
  await expect(canvas).toHaveAttribute('aria-hidden', 'true');
  const box = await canvas.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(200);
});

test('an unexpected error shows an error screen with a restart button, not a blank page', async ({ page }) => {
  await openFreshGame(page);
  await page.evaluate(() =>
    window.dispatchEvent(new ErrorEvent('error', { error: new Error('Simulated failure'), message: 'Simulated failure' })),
  );
  await expect(page.getByRole('heading', { name: 'Er ging iets mis' })).toBeVisible();
  await expect(page.getByText('Simulated failure')).toBeAttached();
  await page.getByRole('button', { name: 'Opnieuw starten' }).click();
  await expect(startButton(page)).toBeVisible();
});

test('the built page forbids talking to any other origin', async ({ page }) => {
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self' data: blob:;");
  expect(policy).not.toContain('ws:');
});

test('nothing is requested from another host', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) foreign.push(request.url());
  });
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

test('a real progress bar shows while assets load, then the title', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/_virtual_casus-library-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const progress = page.getByRole('progressbar');
  await expect(progress).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  expect(Number(await progress.getAttribute('aria-valuenow'))).toBeLessThan(100);
  release();
  await expect(startButton(page)).toBeVisible();
});

test('the menu does not wait for the sounds', async ({ page }) => {
  await page.route('**/audio/*.wav', () => {
    // Never answered: the sounds are still loading.
  });
  await page.goto('./');
  await expect(startButton(page)).toBeVisible();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says it needs JavaScript, without a loading bar that never moves', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByText('Dit spel heeft JavaScript nodig.')).toBeVisible();
    await expect(page.getByText('This game needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('progressbar')).toBeHidden();
    await expect(page.getByText('Laden: 0%')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Het spel wordt geladen' })).toBeHidden();
  });
});
