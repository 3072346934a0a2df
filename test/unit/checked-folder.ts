// The scenarios folder as the checker sees it: one implementation in tools/, shared by the tests and the docs tools.
import { bundledScenarios, checkFolder as checkAnyFolder, type CheckedFolder } from '../../tools/cli/check-folder.ts';

export { bundledScenarios, root, type CheckedFolder } from '../../tools/cli/check-folder.ts';

let bundled: CheckedFolder | undefined;

/**
 * Checks a scenarios folder as the CLI does. The bundled folder is checked once per test worker and shared by the
 * many test files that read it (vitest.config.ts runs files without isolation); treat the result as read-only.
 */
export function checkFolder(dir: string = bundledScenarios): CheckedFolder {
  if (dir !== bundledScenarios) return checkAnyFolder(dir);
  bundled ??= checkAnyFolder();
  return bundled;
}
