// Checks every scenario file in a folder (or the files given) and prints located diagnostics.
// Exit code 1 if any file has an error.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatDiagnostic, hasErrors } from '../src/domain/scenario/diagnostic.ts';
import { loadScenario } from '../src/domain/scenario/load.ts';

function scenarioFiles(targets: string[]): string[] {
  return targets.flatMap((target) =>
    statSync(target).isDirectory()
      ? readdirSync(target).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(target, f))
      : [target],
  );
}

const targets = process.argv.slice(2);
const files = scenarioFiles(targets.length > 0 ? targets : ['scenarios']);
let failed = false;
let errors = 0;
let warnings = 0;
for (const file of files) {
  const name = relative(process.cwd(), file);
  const { diagnostics, scenario } = loadScenario(readFileSync(file, 'utf8'), name);
  for (const d of diagnostics) console.log(formatDiagnostic(d));
  errors += diagnostics.filter((d) => d.severity === 'error').length;
  warnings += diagnostics.filter((d) => d.severity === 'warning').length;
  if (hasErrors(diagnostics)) failed = true;
  else console.log(`${name}: ok (${Object.keys(scenario?.moments ?? {}).length} momenten, ${Object.keys(scenario?.endings ?? {}).length} eindes)`);
}
console.log(`${files.length} scenario's gecontroleerd: ${errors} fouten, ${warnings} waarschuwingen`);
if (files.length === 0) {
  console.log('Geen scenariobestanden (.yaml) gevonden.');
  failed = true;
}
process.exit(failed ? 1 : 0);
