import type { VitePWAOptions } from 'vite-plugin-pwa';
import { CONFIG_CACHE } from '../../src/app/offline/config-cache.ts';

/** The colours of public/favicon.svg and the loading screen: the installed app's frame matches the page. */
export const THEME_COLOUR = '#1b7f79';
export const BACKGROUND_COLOUR = '#f6f1e7';

/**
 * Offline after the first visit (docs/embedding.md, "Offline after the first visit"). Workbox's generated service worker precaches every file
 * the game can need: the pages, every JS chunk (each bundled casus is one), the styles, the fonts (woff2: every
 * browser with service workers reads it), the sounds and the icons. It fetches nothing else, and never from another
 * host: there is no runtime route for a foreign URL.
 *
 * - `registerType: 'prompt'`: a new version waits until the player accepts it on the title screen
 *   (src/app/offline/); nothing is swapped under a running casus.
 * - Every path is relative (`base: './'` in vite.config.ts): the worker's URL and scope are `./sw.js` and `./`, so
 *   it lives in whatever folder the game is served from and controls nothing outside it.
 * - Links carry parameters (`?casus=…&taal=en`): they are ignored when looking up a precached page.
 * - `kostenbewust.config.json` is the one file a school edits after building, so it is never precached: it is
 *   read from the network first and the last copy read is kept for when the network is gone (the first visit fills
 *   that cache once the worker is installed: src/app/offline/config-cache.ts).
 */
export function pwaOptions(): Partial<VitePWAOptions> {
  return {
    registerType: 'prompt',
    // The game registers the worker itself (src/app/offline/), and not inside an LMS or a frame.
    injectRegister: false,
    filename: 'sw.js',
    // The icons are in the globs below already.
    includeManifestIcons: false,
    manifest: {
      id: './',
      name: 'Kostenbewust Interveniëren',
      short_name: 'Kostenbewust',
      description: 'Oefenspel voor wijkteams over kosten, baten en wie betaalt.',
      lang: 'nl',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: BACKGROUND_COLOUR,
      theme_color: THEME_COLOUR,
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // The manifest itself is added by the plugin.
      globPatterns: ['**/*.{html,js,css,woff2,wav,svg,png}'],
      // One file: the worker needs no second script (and a CSP that names workers has one URL to allow).
      inlineWorkboxRuntime: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // Without this Workbox would answer every navigation it does not know with index.html.
      navigateFallback: null,
      ignoreURLParametersMatching: [/.*/],
      // The engine's chunk is ≈ 1.4 MB; leave room so a larger engine is still cached (the offline test would fail otherwise).
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('/kostenbewust.config.json'),
          handler: 'NetworkFirst',
          options: { cacheName: CONFIG_CACHE, networkTimeoutSeconds: 5 },
        },
      ],
    },
  };
}
