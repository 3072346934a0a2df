// `npm run build`: the scenario checks first, with the checker's own located Dutch messages; only a clean
// library is handed to Vite, checked (Vite's scenarios plugin takes this check instead of compiling the folder
// again). A refused build prints no bundler stack trace and leaves the previous dist/ intact; it does not even load
// the bundler, so a trainer's refused build answers in about 1 s instead of 2.
import { checkBeforeBuild } from './check-before-build.ts';
import { scenarioOptions } from './scenario-options.ts';
import { checkedScenarios } from './vite-plugin-scenarios.ts';

const options = scenarioOptions();
const checked = checkBeforeBuild(options, (line) => console.error(line));
if (!checked) process.exit(1);
const { build } = await import('vite');
await build({ logLevel: process.argv.includes('--quiet') ? 'warn' : 'info', plugins: [checkedScenarios(options, checked)] });
