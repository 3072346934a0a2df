import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openFreshGame, startButton, test } from './fixtures.ts';
import { wcagAxe } from './axe.ts';

const scenario = readFileSync('scenarios/twee-zonen.yaml', 'utf8');
const renamed = scenario.replace('  nl: "Twee zonen"', '  nl: "Mijn eigen casus"');

async function choose(page: Page, name: string, content: string | Buffer) {
  await page
    .locator('#own-casus-file')
    .setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') });
}

const panel = (page: Page) => page.getByRole('region', { name: 'Open een eigen casus' });

test('a trainer opens their own casus file, plays it, and finds it again after a reload', async ({ page }) => {
  await openFreshGame(page);
  await choose(page, 'mijn-casus.yaml', renamed);
  await expect(panel(page)).toContainText('mijn-casus.yaml is in orde: ‘Mijn eigen casus’, 9 momenten, 4 eindes.', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Speel ‘Mijn eigen casus’' }).click();
  await expect(page.getByRole('button', { name: 'Begin de casus' })).toBeVisible();
  await page.reload();
  await expect(startButton(page, 'Mijn eigen casus')).toBeVisible();
  await expect(startButton(page)).toBeVisible();
  await startButton(page, 'Mijn eigen casus').click();
  await expect(page.getByRole('button', { name: 'Begin de casus' })).toBeVisible({ timeout: 30_000 });
});

/** Every amount element under `root` is one line box: an amount that wrapped ("€ 29. 80 0") has two or more. */
async function wrappedAmounts(page: Page, root: string): Promise<string[]> {
  return page
    .locator(root)
    .evaluate((element) =>
      [...element.querySelectorAll<HTMLElement>('.amount')]
        .filter(
          (amount) =>
            amount.getClientRects().length !== 1 ||
            amount.getBoundingClientRect().height > 1.6 * parseFloat(getComputedStyle(amount).lineHeight || '20'),
        )
        .map((amount) => amount.textContent ?? ''),
    );
}

test('a valid own file shows its route map: the routes, each ending and the ranges, the story in words, and the story map over the whole width', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openFreshGame(page);
  await choose(page, 'mijn-casus.yaml', renamed);
  await expect(panel(page)).toContainText('mijn-casus.yaml is in orde', { timeout: 30_000 });
  const show = page.getByRole('button', { name: 'Bekijk de routekaart' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  await expect(show).toHaveAttribute('aria-expanded', 'true');
  const map = page.getByRole('region', { name: 'Routekaart: Mijn eigen casus' });
  await expect(map.getByRole('heading', { name: 'Routekaart: Mijn eigen casus' })).toBeVisible();
  const routes = map.getByRole('table', { name: 'Routes' });
  for (const row of ['beste 1', 'steeds goedkoopst', 'steeds duurst', 'slechtste'])
    await expect(routes.getByRole('rowheader', { name: row })).toBeVisible();
  await expect(map.getByRole('table', { name: 'Per einde' }).getByRole('row')).toHaveCount(5);
  await expect(
    map.getByRole('table', { name: 'Bereik van de waarden over alle routes' }).getByRole('rowheader', { name: 'Rendement' }),
  ).toBeVisible();
  await map.getByText('Het verhaal in woorden', { exact: true }).click();
  await expect(map.locator('.own-map__story > li')).toHaveCount(9);
  const results = await wcagAxe(page).include('.own-casus').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  const open = map.getByRole('button', { name: 'Open de verhaalkaart' });
  for (const size of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    // In the right column (or the phone's one column) no amount breaks inside, however narrow the table.
    await expect(map.locator('.amount').first()).toBeVisible();
    expect(await wrappedAmounts(page, '.own-map')).toEqual([]);

    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Verhaalkaart: Mijn eigen casus' });
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    expect(box.width).toBeGreaterThan(size.width - 40);
    const viewport = dialog.getByRole('region', { name: 'Verhaalkaart' });
    await expect(viewport).toBeFocused();
    // Every moment by its title (its id in the caption), every ending with what its routes cost, on one line each.
    await expect(viewport.locator('g[data-moment]')).toHaveCount(9);
    await expect(viewport.locator('g[data-ending]')).toHaveCount(4);
    const start = viewport.getByRole('button', { name: /^De melding, begin · maand 0 · signaal, regel \d+$/ });
    await expect(start).toBeAttached();
    await expect(viewport.locator('g[data-ending] .rm-amount')).toHaveCount(4);
    for (const amount of await viewport.locator('.rm-amount').all()) await expect(amount).toHaveText(/^€\u00a0[\d.]+( – €\u00a0[\d.]+)?$/);

    // Zoom with the buttons, the keys and the wheel; "0" fits the map again.
    const zoom = dialog.locator('[data-zoom]');
    const fitted = Number(await zoom.getAttribute('data-zoom'));
    expect(fitted).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Inzoomen' }).click();
    await expect.poll(async () => Number(await zoom.getAttribute('data-zoom'))).toBeGreaterThan(fitted);
    await viewport.focus();
    await page.keyboard.press('0');
    await expect(zoom).toHaveAttribute('data-zoom', String(fitted));
    await page.keyboard.press('-');
    await expect.poll(async () => Number(await zoom.getAttribute('data-zoom'))).toBeLessThan(fitted);
    await page.keyboard.press('0');
    const svg = viewport.locator('svg');
    const before = await svg.getAttribute('viewBox');
    await page.keyboard.press('ArrowRight');
    await expect(svg).not.toHaveAttribute('viewBox', before!);
    const area = (await viewport.boundingBox())!;
    await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => Number(await zoom.getAttribute('data-zoom'))).toBeGreaterThan(fitted);
    await page.keyboard.press('0');

    const scan = await wcagAxe(page).include('.route-map-dialog').analyze();
    expect(scan.violations.map((v) => v.id)).toEqual([]);

    // Escape closes the map; focus is back on the button that opened it.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(open).toBeFocused();
  }

  // A moment chosen with the keyboard is shown in the story in words.
  await page.setViewportSize({ width: 1366, height: 768 });
  await open.click();
  const viewport = page.getByRole('dialog').getByRole('region', { name: 'Verhaalkaart' });
  await expect(viewport).toBeFocused();
  await page.keyboard.press('Tab');
  const first = page.locator(':focus');
  await expect(first).toHaveAttribute('data-moment', /.+/);
  const momentId = (await first.getAttribute('data-moment'))!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const item = map.locator(`.own-map__story > li[data-moment="${momentId}"]`);
  await expect(item).toBeFocused();
  await expect(item).toHaveClass(/own-map__moment--chosen/);

  await show.click();
  await expect(map).toBeHidden();
});

test("a broken own file gets the checker's located Dutch messages with the offending line, and is not offered to play", async ({
  page,
}) => {
  await openFreshGame(page);
  await choose(page, 'kapot.yaml', scenario.replace(/^horizon_months: 24$/m, 'horizon_months: twee jaar'));
  const messages = panel(page).getByRole('listitem');
  await expect(panel(page)).toContainText('kapot.yaml bevat 1 fout', { timeout: 30_000 });
  await expect(messages.first()).toContainText(/Regel \d+, kolom \d+: fout SC004/);
  await expect(messages.first().locator('pre')).toHaveText('horizon_months: twee jaar');
  await expect(page.getByRole('button', { name: /^Speel/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Bekijk de routekaart' })).toHaveCount(0);
  const results = await wcagAxe(page).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('hostile own files get a calm message and the page stays usable', async ({ page }) => {
  test.setTimeout(120_000);
  await openFreshGame(page);
  const cases: [string, Buffer, RegExp][] = [
    ['ansi.yaml', Buffer.from(scenario.replace('Twee zonen', 'Interveni\u00ebren'), 'latin1'), /SC050/],
    ['groot.yaml', Buffer.alloc(2 * 1024 * 1024, 0x61), /SC051.*tot 1,0 MB/],
    ['plaatje.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /SC050/],
    ['bom.yaml', Buffer.from(`a: &a [${'*a,'.repeat(20)}]\nb: &b [${'*a,'.repeat(20)}]\nc: [${'*b,'.repeat(20)}]`), /SC0\d\d/],
  ];
  for (const [name, bytes, expected] of cases) {
    await choose(page, name, bytes);
    await expect(panel(page)).toContainText(`${name} bevat`, { timeout: 30_000 });
    await expect(panel(page)).toContainText(expected);
  }
  await expect(startButton(page)).toBeEnabled();
});

/** An anchor used thousands of times: slow for a YAML checker whatever its shape, and under the 1 MB limit. */
const aliasHeavy = (aliases: number) => Buffer.from(`basis: &a { nl: "x" }\nlijst: [${'*a, '.repeat(aliases)}*a]\n`, 'utf8');

/** Records every checking worker the page starts: whether it answered, and whether it was ended. */
async function watchWorkers(page: Page) {
  await page.addInitScript(() => {
    const seen: { answered: boolean; terminated: boolean }[] = [];
    (window as unknown as { checkWorkers: typeof seen }).checkWorkers = seen;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        const record = { answered: false, terminated: false };
        seen.push(record);
        this.addEventListener('message', () => {
          record.answered = true;
        });
        const terminate = this.terminate.bind(this);
        this.terminate = () => {
          record.terminated = true;
          terminate();
        };
      }
    };
  });
}
const workers = (page: Page) =>
  page.evaluate(() => (window as unknown as { checkWorkers: { answered: boolean; terminated: boolean }[] }).checkWorkers);

test('a hostile own file, then a valid one: the hostile check is cancelled and only the valid result is shown', async ({ page }) => {
  await watchWorkers(page);
  await openFreshGame(page);
  await choose(page, 'ankers.yaml', aliasHeavy(200_000));
  await expect(panel(page)).toContainText('ankers.yaml wordt gecontroleerd');
  await choose(page, 'mijn-casus.yaml', renamed);
  await expect(panel(page)).toContainText('mijn-casus.yaml is in orde', { timeout: 30_000 });
  // The hostile file's worker was ended before it could answer: no older result can overwrite this one.
  await expect
    .poll(() => workers(page))
    .toEqual([
      { answered: false, terminated: true },
      { answered: true, terminated: true },
    ]);
  await expect(panel(page)).toContainText('mijn-casus.yaml is in orde');
  await expect(panel(page)).not.toContainText('ankers.yaml');
  await page.getByRole('button', { name: 'Speel ‘Mijn eigen casus’' }).click();
  await expect(page.getByRole('button', { name: 'Begin de casus' })).toBeVisible();
});

test('a file that takes longer than the time budget ends in a calm message and a terminated worker', async ({ page }) => {
  await watchWorkers(page);
  // A small budget instead of waiting ten seconds: the game takes it from the page before it starts (src/main.ts).
  await page.addInitScript(() => {
    (window as unknown as { kostenbewustCheckBudgetMs: number }).kostenbewustCheckBudgetMs = 100;
  });
  await openFreshGame(page);
  await choose(page, 'traag.yaml', aliasHeavy(200_000));
  await expect(panel(page)).toContainText('traag.yaml was na 1 s nog niet gecontroleerd; de controle is gestopt.', { timeout: 30_000 });
  expect(await workers(page)).toEqual([{ answered: false, terminated: true }]);
  await expect(page.getByRole('button', { name: /^Speel/ })).toHaveCount(0);
  await expect(startButton(page)).toBeEnabled();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('region', { name: 'Open your own case' })).toContainText('traag.yaml was still not checked after 1 s');
});

test('a damaged own casus kept in this browser is set aside with a calm notice, never an error screen', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem('kostenbewust:own-casus', JSON.stringify({ file: 'oud.yaml', text: 'id: oud', summary: { id: 'eigen-oud' } }));
    sessionStorage.setItem('seeded', '1');
  });
  await openFreshGame(page);
  await expect(page.getByRole('alert')).toContainText('was onleesbaar en is apart gezet');
  await expect(page.getByText('Er ging iets mis')).toHaveCount(0);
  await expect(startButton(page)).toBeEnabled();
  const stored = await page.evaluate(() => [
    localStorage.getItem('kostenbewust:own-casus'),
    localStorage.getItem('kostenbewust:quarantaine:own-casus'),
  ]);
  expect(stored[0]).toBeNull();
  expect(JSON.parse(stored[1] ?? 'null')).toMatchObject({ file: 'oud.yaml' });
  await page.reload();
  await expect(startButton(page)).toBeEnabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
