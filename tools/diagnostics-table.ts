// Prints the table of diagnostics generated from the registry; with --write, puts it in README.md.
// Usage: diagnostics-table [--write]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnosticsTable, tableInReadme, withTable } from '../src/authoring/diagnostics/table.ts';

const readmePath = join(import.meta.dirname, '..', 'README.md');
const table = diagnosticsTable();
if (process.argv.includes('--write')) {
  const readme = readFileSync(readmePath, 'utf8');
  if (tableInReadme(readme) === table) {
    console.log('README.md: table of diagnostics is up to date');
  } else {
    writeFileSync(readmePath, withTable(readme, table));
    console.log('README.md: table of diagnostics rewritten');
  }
} else {
  console.log(table);
}
