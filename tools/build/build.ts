// `npm run build`: the scenario checks first, with the checker's own located Dutch messages; only a clean
// library is handed to Vite. A refused build prints no bundler stack trace and leaves the previous dist/ intact.
import { build } from 'vite';
import { cappedLines } from '../../src/authoring/diagnostics/cap.ts';
import { formatDiagnostic, hasErrors } from '../../src/authoring/diagnostics/diagnostic.ts';
import { visibleLine } from '../../src/authoring/diagnostics/visible.ts';
import { scenarioOptions } from './scenario-options.ts';
import { checkFolder } from './vite-plugin-scenarios.ts';

const checked = checkFolder(scenarioOptions()).files;
const failed = checked.filter((c) => hasErrors(c.diagnostics));
for (const { diagnostics } of checked) for (const line of cappedLines(diagnostics, formatDiagnostic)) console.error(line);
if (failed.length > 0 || checked.length === 0) {
  const files = failed.map((c) => visibleLine(c.file)).join(', ');
  console.error(
    checked.length === 0
      ? 'Build geweigerd: geen casusbestanden gevonden.'
      : `Build geweigerd: ${files} ${failed.length === 1 ? 'bevat' : 'bevatten'} fouten (zie hierboven). Het vorige dist/ is niet aangeraakt.`,
  );
  process.exit(1);
}
await build({ logLevel: process.argv.includes('--quiet') ? 'warn' : 'info' });
