import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './tools/test/chromium.mjs';

/** Chosen free by tools/test/run-e2e.mjs; the server below is always started by this run, never reused. */
const PORT = Number(process.env.E2E_PORT ?? 4174);
/** Served from a sub-path, as an LMS package would be: absolute asset URLs would 404 here. */
export const BASE_PATH = '/lms/kostenbewust/';
/**
 * Files that make a build or start servers of their own and then run their tests one after another: they go first,
 * so the other worker works through the rest meanwhile instead of waiting alone at the end (xapi.spec.ts came last).
 */
const SERIAL_FILES = /(xapi|scorm|dev-server|cmi5)\.spec\.ts$/;

export default defineConfig({
  testDir: 'test/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'off',
    // The game registers a service worker (offline play). Requests it answers from its cache would pass by page.route()
    // and the network throttling of other specs, so it is bypassed here; test/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  projects: [
    // Playwright queues test files by project, then by name: this project's files start first.
    { name: 'chromium-webgl-serial', testMatch: SERIAL_FILES, use: { browserName: 'chromium' } },
    { name: 'chromium-webgl', testIgnore: SERIAL_FILES, use: { browserName: 'chromium' } },
    {
      // Phaser falls back to its Canvas renderer without WebGL: the game must still draw and play.
      name: 'chromium-canvas',
      grep: /@canvas/,
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-webgl'] },
      },
    },
  ],
  webServer: {
    // The build as `vite preview` serves it (test/preview.config.ts: 404 for a missing file, never cached).
    command: `npx vite preview --config test/preview.config.ts --base ${BASE_PATH} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
  },
});
