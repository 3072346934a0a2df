import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/registry.ts';
import type { Scenario } from '../../domain/scenario/model.ts';

export interface LoadedFile {
  readonly file: string;
  readonly source: string;
  readonly scenario?: Scenario;
}

function idPosition(source: string): { line: number; column: number } {
  const lines = source.split(/\r?\n/);
  const index = lines.findIndex((l) => /^id\s*:/.test(l));
  const prefix = index >= 0 ? /^id\s*:\s*/.exec(lines[index] ?? '') : null;
  return { line: index + 1 || 1, column: prefix ? prefix[0].length + 1 : 1 };
}

/** Checks across files: saves and links go by casus id, so two files may not share one. */
export function checkScenarioSet(files: readonly LoadedFile[]): Diagnostic[] {
  const filesById = new Map<string, LoadedFile[]>();
  for (const loaded of files) {
    if (!loaded.scenario) continue;
    filesById.set(loaded.scenario.id, [...(filesById.get(loaded.scenario.id) ?? []), loaded]);
  }
  // Report it in every file that shares the id: which one is the copy is for the trainer to say.
  return [...filesById.entries()].flatMap(([id, sharing]) =>
    sharing.length < 2
      ? []
      : sharing.map(({ file, source }): Diagnostic => {
          const others = sharing
            .filter((other) => other.file !== file)
            .map((other) => other.file)
            .join(', ');
          return { file, ...idPosition(source), ...report('SC042', 'duplicateId', { id, others }) };
        }),
  );
}
