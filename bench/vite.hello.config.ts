import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Baseline page for `npm run bench`: a bare Phaser game, built like the app (base './').
export default defineConfig({
  root: fileURLToPath(new URL('./hello/', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist-bench/hello/', import.meta.url)),
    emptyOutDir: true,
    // Phaser alone is well over the default 500 kB warning limit; that is the point of the baseline.
    chunkSizeWarningLimit: 2048,
  },
});
