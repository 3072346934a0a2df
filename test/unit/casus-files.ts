// The scenarios folder as the checker sees it: one implementation in tools/, shared by the tests and the docs tools.
export { bundledScenarios, checkFolder, root, type CheckedFolder } from '../../tools/check-folder.ts';
