// Checks every scenario file in a folder (or the files given) and prints located diagnostics.
// Exit code 1 if any file has an error.
import { formatDiagnostic, hasErrors } from '../src/authoring/diagnostics/diagnostic.ts';
import { existsSync } from 'node:fs';
import type { SourceTexts } from '../src/authoring/check-quotes.ts';
import { missingEnglish, routeReport } from './route-report.ts';
import { readPayerCatalogue, scenariosFolder } from './payer-catalogue.ts';
import { checkScenarioFiles, readSourceTexts, scenarioPaths } from './scenario-files.ts';

// Usage: check-scenarios [--sources DIR] [--routes] [files or folders…]
const args = process.argv.slice(2);
const sourcesAt = args.indexOf('--sources');
const sourcesDir = sourcesAt >= 0 ? args[sourcesAt + 1] : undefined;
const showRoutes = args.includes('--routes');
const targets = args.filter((a, i) => a !== '--routes' && (sourcesAt < 0 || (i !== sourcesAt && i !== sourcesAt + 1)));
let sources: SourceTexts | undefined;
if (sourcesDir && existsSync(sourcesDir)) sources = readSourceTexts(sourcesDir);
else if (sourcesDir) console.log(`Bronteksten niet gevonden in ${sourcesDir}: citaten worden niet gecontroleerd.`);
const folders = targets.length > 0 ? targets : ['scenarios'];
const catalogue = readPayerCatalogue(scenariosFolder(folders));
const checked = checkScenarioFiles(scenarioPaths(folders), sources, { payers: catalogue?.payers });
let errors = 0;
let warnings = 0;
if (catalogue) {
  for (const d of catalogue.diagnostics) console.log(formatDiagnostic(d));
  errors += catalogue.diagnostics.filter((d) => d.severity === 'error').length;
  warnings += catalogue.diagnostics.filter((d) => d.severity === 'warning').length;
  if (!hasErrors(catalogue.diagnostics)) console.log(`${catalogue.file}: ok (${Object.keys(catalogue.payers).length} gedeelde betalers)`);
}
for (const { file, scenario, diagnostics } of checked) {
  for (const d of diagnostics) console.log(formatDiagnostic(d));
  errors += diagnostics.filter((d) => d.severity === 'error').length;
  warnings += diagnostics.filter((d) => d.severity === 'warning').length;
  if (scenario && !hasErrors(diagnostics)) {
    const untranslated = missingEnglish(scenario);
    const english = untranslated > 0 ? `, ${untranslated} teksten zonder Engelse versie` : '';
    console.log(`${file}: ok (${Object.keys(scenario.moments).length} momenten, ${Object.keys(scenario.endings).length} eindes${english})`);
    if (showRoutes) for (const line of routeReport(scenario)) console.log(line);
  }
}
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
console.log(`${count(checked.length, 'scenario', "scenario's")} gecontroleerd${sources ? ` (citaten tegen ${sources.size} bronteksten)` : ''}: ${count(errors, 'fout', 'fouten')}, ${count(warnings, 'waarschuwing', 'waarschuwingen')}`);
if (checked.length === 0) console.log('Geen scenariobestanden (.yaml) gevonden.');
process.exit(errors > 0 || checked.length === 0 ? 1 : 0);
