// First: no schema may be built before Zod is told not to probe for eval (see zod-jitless.ts).
import './zod-jitless.ts';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/styles/main.css';
import './ui/styles/results-overview.css';
import { startResultsOverview } from './app/results-overview.ts';

const root = document.getElementById('overview');
if (root)
  startResultsOverview(
    root,
    import('virtual:casus-library').then((m) => m.default),
  );
