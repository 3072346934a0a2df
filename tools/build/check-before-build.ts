import { cappedLines } from '../../src/authoring/diagnostics/cap.ts';
import { formatDiagnostic, hasErrors } from '../../src/authoring/diagnostics/diagnostic.ts';
import { visibleLine } from '../../src/authoring/diagnostics/visible.ts';
import { checkFolder, type CheckedFolder, type ScenariosPluginOptions } from './vite-plugin-scenarios.ts';

/**
 * The scenario checks `npm run build` runs before Vite, with the checker's own located Dutch messages written to
 * `err`: the checked folder when the library may be built (for the build to use, not check again), undefined when
 * it may not. A refusal ends in one line that says so and names the files.
 */
export function checkBeforeBuild(options: ScenariosPluginOptions, err: (line: string) => void): CheckedFolder | undefined {
  const folder = checkFolder(options);
  const checked = folder.files;
  const failed = checked.filter((c) => hasErrors(c.diagnostics));
  for (const { diagnostics } of checked) for (const line of cappedLines(diagnostics, formatDiagnostic)) err(line);
  if (failed.length === 0 && checked.length > 0) return folder;
  const files = failed.map((c) => visibleLine(c.file)).join(', ');
  err(
    checked.length === 0
      ? 'Build geweigerd: geen casusbestanden gevonden.'
      : `Build geweigerd: ${files} ${failed.length === 1 ? 'bevat' : 'bevatten'} fouten (zie hierboven). Het vorige dist/ is niet aangeraakt.`,
  );
  return undefined;
}
