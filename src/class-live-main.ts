// First: no schema may be built before Zod is told not to probe for eval (see zod-jitless.ts).
import './zod-jitless.ts';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/styles/main.css';
import { startClassLive } from './app/class-live/class-live.ts';

const screen = document.getElementById('screen');
const controls = document.getElementById('controls');
if (screen && controls) startClassLive({ library: import('virtual:casus-library').then((m) => m.default), screen, controls });
