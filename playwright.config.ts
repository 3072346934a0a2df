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

const LAUNCH = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS };
const CANVAS_LAUNCH = { ...LAUNCH, args: [...CHROMIUM_ARGS, '--disable-webgl'] };

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
    launchOptions: LAUNCH,
    trace: 'off',
    // The game registers a service worker (offline play). Requests it answers from its cache would pass by page.route()
    // and the network throttling of other specs, so it is bypassed here; test/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  // The DOM is the game's every screen and control; Phaser draws a decorative stage behind it. In this machine's
  // software WebGL (SwiftShader) that stage cost a third of every test's time (measured: 9 tests in 55–57 s with
  // WebGL, 38–42 s with Canvas). So every test runs with Phaser's Canvas renderer, the fallback a browser without
  // WebGL gets, and the tests of the stage itself (tagged @stage) run with WebGL too, as most players see it.
  projects: [
    { name: 'canvas-serial', testMatch: SERIAL_FILES, use: { browserName: 'chromium', launchOptions: CANVAS_LAUNCH } },
    { name: 'canvas', testIgnore: SERIAL_FILES, use: { browserName: 'chromium', launchOptions: CANVAS_LAUNCH } },
    { name: 'webgl', grep: /@stage/, use: { browserName: 'chromium' } },
  ],
  webServer: {
    // The build as `vite preview` serves it (test/preview.config.ts: 404 for a missing file, never cached).
    command: `npx vite preview --config test/preview.config.ts --base ${BASE_PATH} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
  },
});
