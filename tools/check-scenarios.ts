// Checks every scenario file in a folder (or the files given) and prints located diagnostics.
// Exit code 1 if any file has an error.
import { formatDiagnostic, hasErrors } from '../src/domain/scenario/diagnostic.ts';
import { checkScenarioFiles, scenarioPaths } from './scenario-files.ts';

const targets = process.argv.slice(2);
const checked = checkScenarioFiles(scenarioPaths(targets.length > 0 ? targets : ['scenarios']));
let errors = 0;
let warnings = 0;
for (const { file, scenario, diagnostics } of checked) {
  for (const d of diagnostics) console.log(formatDiagnostic(d));
  errors += diagnostics.filter((d) => d.severity === 'error').length;
  warnings += diagnostics.filter((d) => d.severity === 'warning').length;
  if (scenario && !hasErrors(diagnostics)) {
    console.log(`${file}: ok (${Object.keys(scenario.moments).length} momenten, ${Object.keys(scenario.endings).length} eindes)`);
  }
}
console.log(`${checked.length} scenario's gecontroleerd: ${errors} fouten, ${warnings} waarschuwingen`);
if (checked.length === 0) console.log('Geen scenariobestanden (.yaml) gevonden.');
process.exit(errors > 0 || checked.length === 0 ? 1 : 0);
