// Rewrites the generated parts of the documentation: the table of diagnostics in docs/diagnostics.md, and the
// every-key and every-message sections of scenarios/HANDLEIDING.md (from the Zod schema and the registry).
// Usage: write-diagnostics-table [--write]   (without --write: prints the table)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockIn, withBlock } from '../../src/authoring/docs/generated-block.ts';
import { GUIDE_FILE, guideBlocks } from '../../src/authoring/docs/guide-blocks.ts';
import { DIAGNOSTICS_DOC, diagnosticsTable, tableInReadme, withTable } from '../../src/authoring/diagnostics/table.ts';

const root = join(import.meta.dirname, '../..');

function update(file: string, rewrite: (text: string) => string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = rewrite(text);
  if (next === text) console.log(`${file}: gegenereerde delen zijn bijgewerkt`);
  else {
    writeFileSync(path, next);
    console.log(`${file}: gegenereerde delen herschreven`);
  }
}

const table = diagnosticsTable();
if (process.argv.includes('--write')) {
  update(DIAGNOSTICS_DOC, (doc) => (tableInReadme(doc) === table ? doc : withTable(doc, table)));
  update(GUIDE_FILE, (guide) =>
    guideBlocks().reduce((text, { block, content }) => (blockIn(text, block) === content ? text : withBlock(text, block, content)), guide),
  );
} else {
  console.log(table);
}
