// `npm run build`: the scenario checks first, with the checker's own located Dutch messages; only a clean
// library is handed to Vite. A refused build prints no bundler stack trace and leaves the previous dist/ intact.
import { build } from 'vite';
import { checkBeforeBuild } from './check-before-build.ts';
import { scenarioOptions } from './scenario-options.ts';

if (!checkBeforeBuild(scenarioOptions(), (line) => console.error(line))) process.exit(1);
await build({ logLevel: process.argv.includes('--quiet') ? 'warn' : 'info' });
