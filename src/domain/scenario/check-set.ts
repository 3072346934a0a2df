import type { Diagnostic } from './diagnostic.ts';
import type { Scenario } from './model.ts';

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
  const firstFileOf = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const { file, source, scenario } of files) {
    if (!scenario) continue;
    const first = firstFileOf.get(scenario.id);
    if (first === undefined) {
      firstFileOf.set(scenario.id, file);
      continue;
    }
    diagnostics.push({
      file,
      ...idPosition(source),
      severity: 'error',
      code: 'SC042',
      message: `Casus-id '${scenario.id}' wordt ook gebruikt in ${first}`,
      hint: 'geef elke casus een eigen id: voortgang wordt per id bewaard',
    });
  }
  return diagnostics;
}
