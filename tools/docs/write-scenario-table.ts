// Rewrites the README's table of bundled casussen from the casus files (`npm run docs:casussen`).
// Usage: write-casus-table [--write]   (without --write: prints the table)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_TABLE, scenarioTable } from '../../src/authoring/docs/casus-table.ts';
import { blockIn, withBlock } from '../../src/authoring/docs/generated-block.ts';
import { checkFolder } from '../cli/check-folder.ts';

const root = join(import.meta.dirname, '../..');
const table = scenarioTable(checkFolder().files.flatMap((file) => (file.scenario ? [file.scenario] : [])));
if (process.argv.includes('--write')) {
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  if (blockIn(readme, SCENARIO_TABLE) === table) console.log('README.md: de casustabel is bijgewerkt');
  else {
    writeFileSync(path, withBlock(readme, SCENARIO_TABLE, table));
    console.log('README.md: casustabel herschreven');
  }
} else console.log(table);
