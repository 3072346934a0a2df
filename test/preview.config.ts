import { defineConfig } from 'vite';

/**
 * `vite preview` as the browser tests' server (playwright.config.ts): the production build in dist/, served under
 * the sub-path given with `--base`, as an LMS would host it. Without the game's plugins, so it serves the files as
 * they are; 'mpa' so a missing file is a 404 (as on a real host) rather than index.html; never cached, so a test
 * always gets the build it was started with.
 */
export default defineConfig({
  appType: 'mpa',
  build: { outDir: 'dist' },
  preview: { host: '127.0.0.1', strictPort: true, headers: { 'cache-control': 'no-store' } },
});
