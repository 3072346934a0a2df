import type { Browser, Page } from '@playwright/test';
import { expect, openFreshGame, startButton, test } from './fixtures.ts';

// The order is the point here: these tests draw real random seeds, unlike the others (fixtures.ts).
test.use({ randomOrder: true });

/** The option ids of the current decision, top to bottom. */
async function shownOrder(page: Page): Promise<string[]> {
  await expect(page.locator('[data-option]').first()).toBeVisible({ timeout: 20_000 });
  return page.locator('[data-option]').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.option ?? ''));
}

async function firstDecision(page: Page, path = './'): Promise<string[]> {
  await page.goto(path);
  if (path === './') await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  return shownOrder(page);
}

async function inFreshBrowser<T>(browser: Browser, act: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await act(await context.newPage());
  } finally {
    await context.close();
  }
}

test('two fresh attempts can show the options in different orders, each a permutation of the same choices', async ({ browser }) => {
  test.setTimeout(240_000);
  const orders: string[][] = [];
  // Four choices have 24 orders: five fresh attempts all alike would happen by chance about once in 330.000 runs.
  for (let i = 0; i < 5 && new Set(orders.map((o) => o.join())).size < 2; i++)
    orders.push(await inFreshBrowser(browser, (page) => firstDecision(page)));
  expect(new Set(orders.map((o) => o.join())).size).toBeGreaterThan(1);
  for (const order of orders) expect([...order].sort()).toEqual([...orders[0]!].sort());
});

test('a reload resumes the attempt with the same order; starting over draws a new one', async ({ page }) => {
  test.setTimeout(180_000);
  await openFreshGame(page);
  const before = await firstDecision(page);
  await page.reload();
  await page.getByRole('button', { name: 'Verder spelen' }).click();
  expect(await shownOrder(page)).toEqual(before);
});

test('two browsers with the same class code show the same order; another class may see another', async ({ browser }) => {
  test.setTimeout(240_000);
  const link = (klas: string) => `./?casus=twee-zonen&klas=${klas}`;
  const a = await inFreshBrowser(browser, (page) => firstDecision(page, link('groep-3b')));
  const b = await inFreshBrowser(browser, (page) => firstDecision(page, link('groep-3b')));
  expect(b).toEqual(a);
  const others = [];
  for (const klas of ['groep-3c', 'groep-4a', 'groep-4b', 'groep-5a'])
    others.push((await inFreshBrowser(browser, (page) => firstDecision(page, link(klas)))).join());
  expect(new Set([a.join(), ...others]).size).toBeGreaterThan(1);
});
