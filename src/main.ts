// First: no schema may be built before Zod is told not to probe for eval (see zod-jitless.ts).
import './zod-jitless.ts';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/courier-prime/400.css';
import '@fontsource/courier-prime/700.css';
import './ui/styles/main.css';
import { bootstrap } from './app/bootstrap.ts';

// Tells public/boot-check.js that the game's modules run.
document.documentElement.setAttribute('data-booted', '');
const screen = document.getElementById('screen');
const controls = document.getElementById('controls');
/** Browser tests shorten the own-file check's time budget before the page loads (test/e2e/own-scenario.spec.ts). */
const budget = (window as { kostenbewustCheckBudgetMs?: unknown }).kostenbewustCheckBudgetMs;
const checkBudgetMs = typeof budget === 'number' && Number.isFinite(budget) && budget > 0 ? budget : undefined;
if (screen && controls) {
  bootstrap({
    library: import('virtual:casus-library').then((m) => m.default),
    screen,
    controls,
    ...(checkBudgetMs !== undefined ? { checkBudgetMs } : {}),
  });
}
