import { realpathSync } from 'node:fs';
import { defineConfig, searchForWorkspaceRoot } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicyPlugin } from './tools/build/vite-plugin-csp.ts';
import { inlineCssPlugin } from './tools/build/vite-plugin-inline-css.ts';
import { pwaOptions } from './tools/build/pwa-options.ts';
import { scenarioOptions } from './tools/build/scenario-options.ts';
import { scenariosPlugin } from './tools/build/vite-plugin-scenarios.ts';
import { sharedWithGameGroup } from './tools/build/shared-chunk.ts';

export default defineConfig({
  // Relative base: the build must run from any sub-path (LMS packages, embeds).
  base: './',
  plugins: [scenariosPlugin(scenarioOptions()), contentSecurityPolicyPlugin(), inlineCssPlugin(), VitePWA(pwaOptions())],
  // The worker that checks a trainer's own file imports the shared payers from the scenarios plugin.
  worker: { format: 'es', plugins: () => [scenariosPlugin(scenarioOptions())] },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    // The game, the results class overview (resultaten-overzicht.html) and the trainer's live class overview that
    // reads the class's statements back from an LRS (klas-live.html).
    rolldownOptions: {
      input: { main: 'index.html', 'resultaten-overzicht': 'resultaten-overzicht.html', 'klas-live': 'klas-live.html' },
      // What the game's first screen shares with the two overview pages is one file, not one per combination.
      output: {
        codeSplitting: {
          groups: [sharedWithGameGroup(import.meta.dirname, 'index.html', ['resultaten-overzicht.html', 'klas-live.html'])],
        },
      },
    },
  },
  preview: { host: '127.0.0.1' },
  server: {
    host: '127.0.0.1',
    // A node_modules that is a link to another checkout (git worktrees) must still be served.
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), realpathSync('node_modules')] },
  },
});
