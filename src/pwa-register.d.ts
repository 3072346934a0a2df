// Types of `virtual:pwa-register`, the registration module vite-plugin-pwa generates (see tools/build/pwa-options.ts).
/// <reference types="vite-plugin-pwa/vanillajs" />
