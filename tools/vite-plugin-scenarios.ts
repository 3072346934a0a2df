import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic, hasErrors } from '../src/domain/scenario/diagnostic.ts';
import { loadScenario } from '../src/domain/scenario/load.ts';
import type { Scenario } from '../src/domain/scenario/model.ts';

const VIRTUAL_ID = 'virtual:scenarios';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/**
 * Compiles scenarios/*.yaml at build time into validated JSON, so the game ships no YAML parser
 * and a broken scenario fails the build with the same located diagnostics as `npm run check:scenarios`.
 */
export function scenariosPlugin(dir: string): Plugin {
  return {
    name: 'kostenbewust-scenarios',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
      const scenarios: Scenario[] = [];
      const problems: string[] = [];
      for (const file of files) {
        const path = join(dir, file);
        this.addWatchFile(path);
        const result = loadScenario(readFileSync(path, 'utf8'), relative(process.cwd(), path));
        if (hasErrors(result.diagnostics)) problems.push(...result.diagnostics.map(formatDiagnostic));
        else if (result.scenario) scenarios.push(result.scenario);
      }
      if (problems.length > 0) this.error(`Scenario's bevatten fouten:\n${problems.join('\n')}`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(scenarios))});`;
    },
  };
}
