// The scenarios folder as the checker sees it: one implementation in tools/, shared by the tests and the docs tools.
import { isTemplate } from '../../src/authoring/compilation/library-layout.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { cacheFromEnvironment } from '../../tools/cli/check-cache.ts';
import { bundledScenarios, checkFolder as checkAnyFolder, seedTexts, seeds, type CheckedFolder } from '../../tools/cli/check-folder.ts';
import { nodeFilePort } from '../../tools/cli/node-file-port.ts';
import { scenarioPaths } from '../../tools/cli/scenario-files.ts';

export { bundledScenarios, root, type CheckedFolder } from '../../tools/cli/check-folder.ts';

let bundled: CheckedFolder | undefined;

/**
 * Checks a scenarios folder as the CLI does. The bundled folder is checked once per test worker and shared by the
 * many test files that read it (vitest.config.ts runs files without isolation); treat the result as read-only. It is
 * checked with the CLI's result cache (tools/cli/check-cache.ts: keyed by the checker's own source, so never older
 * than the code): the second worker reads what the first one checked, instead of checking the folder again.
 */
export function checkFolder(dir: string = bundledScenarios): CheckedFolder {
  if (dir !== bundledScenarios) return checkAnyFolder(dir);
  bundled ??= checkAnyFolder(bundledScenarios, seedTexts(seeds), cacheFromEnvironment());
  return bundled;
}

/**
 * The bundled casus files, listed without compiling them, by the name the checker gives each: for test names at
 * collection, so `vitest list` does not check the whole folder. Tests look their casus up with `bundledFile`.
 */
export function bundledScenarioFiles(): { readonly path: string; readonly file: string }[] {
  return scenarioPaths([bundledScenarios])
    .filter((path) => !isTemplate(path))
    .map((path) => ({ path, file: nodeFilePort.display(path) }));
}

/** A bundled casus file as checked (the folder is checked on first use, in a test, never at collection). */
export function bundledFile(path: string): CheckedFolder['files'][number] {
  const found = checkFolder().files.find((f) => f.path === path);
  if (!found) throw new Error(`${path} is not among the checked files of scenarios/`);
  return found;
}

/** The compiled bundled casus with this id; checks the folder on first use. */
export function bundledScenario(id: string): Scenario {
  const found = checkFolder().files.find((f) => f.scenario?.id === id)?.scenario;
  if (!found) throw new Error(`scenarios/ has no valid casus ${id}`);
  return found;
}
