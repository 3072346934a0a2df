import type { Plugin } from 'vite';
import { formatDiagnostic, hasErrors } from '../src/authoring/diagnostics/diagnostic.ts';
import { readPayerCatalogue } from './payer-catalogue.ts';
import { checkScenarioFiles, scenarioPaths } from './scenario-files.ts';

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
      this.addWatchFile(dir);
      const catalogue = readPayerCatalogue(dir);
      const checked = checkScenarioFiles(scenarioPaths([dir]), undefined, { payers: catalogue?.payers });
      const files = [...(catalogue ? [catalogue] : []), ...checked];
      for (const { path } of files) this.addWatchFile(path);
      const problems = files.filter((c) => hasErrors(c.diagnostics)).flatMap((c) => c.diagnostics.map(formatDiagnostic));
      if (problems.length > 0) this.error(`Scenario's bevatten fouten:\n${problems.join('\n')}`);
      const scenarios = checked.flatMap((c) => (c.scenario ? [c.scenario] : []));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(scenarios))});`;
    },
  };
}
