import { CONFIG_CACHE, configFileUrl } from '../../src/app/offline/config-cache.ts';
import { test as base, expect, type FrameLocator, type Page } from '@playwright/test';

/**
 * Every test fails on a console error or an uncaught page error: a game that logs errors is broken.
 * Options are shown in a random order per attempt; these tests walk routes by position ("the first option"), so
 * each attempt here draws the same seed (0) unless a test asks for `randomOrder`. order.spec.ts tests the order itself.
 */
export const test = base.extend<{ errors: string[]; randomOrder: boolean }>({
  randomOrder: [false, { option: true }],
  page: async ({ page, randomOrder }, use) => {
    if (!randomOrder) {
      await page.addInitScript(() => {
        const random = crypto.getRandomValues.bind(crypto);
        crypto.getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
          if (array instanceof Uint32Array && array.length === 1) {
            array[0] = 0;
            return array;
          }
          return random(array as never) as T;
        };
      });
    }
    await use(page);
  },
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors, 'console or page errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Presses Tab until the focused element is the button with this name, as a keyboard user would. */
export async function tabTo(page: Page, name: string | RegExp, maxPresses = 60): Promise<void> {
  const target = page.getByRole('button', { name, exact: typeof name === 'string' });
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach button "${String(name)}" with Tab in ${maxPresses} presses`);
}

/** Tabs to the first focusable option of the current decision that is chosen at once (not one to argue first). */
export async function tabToFirstOption(page: Page, maxPresses = 60): Promise<string> {
  for (let i = 0; i < maxPresses; i++) {
    const option = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLButtonElement && el.dataset.option && !el.classList.contains('option--argued') ? el.textContent : null;
    });
    if (option) return option;
    await page.keyboard.press('Tab');
  }
  throw new Error('Could not reach an option with Tab');
}

export async function openFreshGame(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Kostenbewust Interveniëren' })).toBeVisible();
}

/** The heading of the current story step (the kassabon has its own h2). */
export function storyHeading(page: Page) {
  return page.locator('#story-heading');
}

/** The bundled casus the browser tests play; chosen by its title, never by a button name every card shares. */
export const SCENARIO = { id: 'twee-zonen', nl: 'Twee zonen', en: 'Two sons' } as const;

/** A casus card's start button: its accessible name is the visible label followed by the casus title. */
export function startButton(page: Page | FrameLocator, title: string = SCENARIO.nl, label = 'Start casus') {
  return page.getByRole('button', { name: `${label} ${title}`, exact: true });
}

/** Puts a stored save in place before the first load only (a reload keeps what the game made of it). */
export async function seedSave(page: Page, value: string, scenarioId: string = SCENARIO.id): Promise<void> {
  await page.addInitScript(
    ([key, raw]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, raw);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [`kostenbewust:save:${scenarioId}`, value] as const,
  );
}

/** Opens a section of the debrief by its heading button (the debrief shows the lesson first, the rest closed). */
export async function openDebriefSection(page: Page, name: string): Promise<void> {
  const toggle = page.locator('.debrief-section__toggle').filter({ hasText: name });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/**
 * Which way the consequence on screen goes on: to the next decision ('Verder') or to the debrief. Waits, retrying,
 * until one of the two buttons is there (they are drawn with the consequence and never together), so the answer
 * does not depend on how far rendering has got when it is asked.
 */
export async function consequenceLeadsTo(
  root: Page | FrameLocator,
  names: { next?: string; debrief?: string } = {},
): Promise<'next' | 'debrief'> {
  const toDebrief = root.getByRole('button', { name: names.debrief ?? 'Naar de nabespreking' });
  const next = root.getByRole('button', { name: names.next ?? 'Verder', exact: true });
  await expect(toDebrief.or(next).first()).toBeVisible({ timeout: 20_000 });
  return (await toDebrief.count()) > 0 ? 'debrief' : 'next';
}

/** Plays Twee zonen from a fresh game to its debrief, taking the first or the last option that is chosen at once. */
export async function playToDebrief(page: Page, which: 'first' | 'last'): Promise<void> {
  await openFreshGame(page);
  await startButton(page).click();
  await page.getByRole('button', { name: 'Begin de casus' }).click();
  await playOnToDebrief(page, which);
  await expect(page.getByTestId('debrief-lesson')).toBeVisible({ timeout: 20_000 });
}

/** From the decision on screen to the debrief, taking the first or the last option that is chosen at once. */
export async function playOnToDebrief(page: Page, which: 'first' | 'last'): Promise<void> {
  for (;;) {
    await page.locator('[data-option]:not([disabled]):not(.option--argued)')[which]().click();
    await expect(storyHeading(page)).toHaveText('Wat er gebeurt', { timeout: 20_000 });
    if ((await consequenceLeadsTo(page)) === 'debrief') {
      await page.getByRole('button', { name: 'Naar de nabespreking' }).click();
      break;
    }
    await page.getByRole('button', { name: 'Verder' }).click();
  }
}

/**
 * Resolves once the service worker's first-visit copy of the config file is in its cache (it is made after the
 * worker installs, asynchronously): a test that goes off-line before would see the game fail to read it.
 */
export async function configKeptForOffline(page: Page): Promise<void> {
  await page.waitForFunction(
    async ([cacheName, url]) => (await (await caches.open(cacheName)).match(url)) !== undefined,
    [CONFIG_CACHE, configFileUrl(page.url())] as const,
    { timeout: 60_000 },
  );
}
