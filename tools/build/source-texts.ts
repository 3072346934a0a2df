// `npm run sources:write`: copies the source texts that scenarios/gedeeld/bronnen.yaml names from the seeds
// (../shared/seeds, "002_….txt" is document "002") into data/bronteksten/002.txt, so the game can ship them and
// check quotes in the browser (src/authoring/browser/bundled-source-texts.ts). Only the documents the catalogue names
// are copied: a seed no casus may cite stays out of the game.
//   tsx tools/build/source-texts.ts [--write] [--seeds <dir>]
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSourceCatalogue } from '../../src/authoring/catalogues/source-catalogue.ts';

export const root = join(import.meta.dirname, '../..');
export const SHIPPED_TEXTS = join(root, 'data/bronteksten');
export const DEFAULT_SEEDS = join(root, '../shared/seeds');

/** The document numbers the shared source catalogue names, in order. */
export function cataloguedDocuments(): string[] {
  const file = join(root, 'scenarios/gedeeld/bronnen.yaml');
  return Object.keys(loadSourceCatalogue(readFileSync(file, 'utf8'), file).documents).sort();
}

/** Each catalogued document's text as the game ships it: the seed with its line breaks made "\n" (line numbers unchanged). */
export function shippedTexts(seeds: string): Map<string, string> {
  const names = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = new Map<string, string>();
  for (const document of cataloguedDocuments()) {
    const name = names.find((n) => n.startsWith(`${document}_`) || n === `${document}.txt`);
    if (name) texts.set(document, readFileSync(join(seeds, name), 'utf8').replace(/\r\n?/g, '\n'));
  }
  return texts;
}

if (import.meta.filename === process.argv[1]) {
  const at = process.argv.indexOf('--seeds');
  const seeds = at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : DEFAULT_SEEDS;
  if (!existsSync(seeds)) {
    console.error(`Geen bronteksten gevonden in ${seeds}.`);
    process.exit(1);
  }
  const texts = shippedTexts(seeds);
  const missing = cataloguedDocuments().filter((d) => !texts.has(d));
  if (missing.length > 0) console.error(`Geen tekst voor document ${missing.join(', ')} in ${seeds}.`);
  if (process.argv.includes('--write')) {
    mkdirSync(SHIPPED_TEXTS, { recursive: true });
    for (const [document, text] of texts) writeFileSync(join(SHIPPED_TEXTS, `${document}.txt`), text);
  }
  for (const [document, text] of texts) console.log(`${document}: ${text.split('\n').length} regels, ${Buffer.byteLength(text)} bytes`);
  process.exit(missing.length > 0 ? 1 : 0);
}
