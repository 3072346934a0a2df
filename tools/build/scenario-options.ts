import type { ScenariosPluginOptions } from './vite-plugin-scenarios.ts';

/**
 * Where the casus files and source texts are. `KOSTENBEWUST_SCENARIOS` points the build and dev server at
 * another folder (the benchmark's 100 generated casussen, the dev-server test's scratch copy).
 */
export function scenarioOptions(): ScenariosPluginOptions {
  return { dir: process.env.KOSTENBEWUST_SCENARIOS ?? 'scenarios', sources: process.env.KOSTENBEWUST_SOURCES ?? '../shared/seeds' };
}
