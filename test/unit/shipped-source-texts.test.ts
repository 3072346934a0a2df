import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOwnFile } from '../../src/authoring/browser/check-own-file.ts';
import { DEFAULT_SEEDS, SHIPPED_TEXTS, cataloguedDocuments, shippedTexts } from '../../tools/build/source-texts.ts';
import { readSourceTexts } from '../../tools/cli/scenario-files.ts';
import { readPayerCatalogue } from '../../tools/cli/read-payer-catalogue.ts';

const bundled = join(import.meta.dirname, '../../scenarios');
const shipped = () => readSourceTexts(SHIPPED_TEXTS);

describe('the source texts shipped with the game (data/bronteksten)', () => {
  it('hold exactly the documents the shared source catalogue names, nothing more', () => {
    expect(
      readdirSync(SHIPPED_TEXTS)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    ).toEqual(cataloguedDocuments().map((d) => `${d}.txt`));
  });

  it.skipIf(!existsSync(DEFAULT_SEEDS))('are the seeds, line for line (run `npm run sources:write` after the seeds change)', () => {
    for (const [document, text] of shippedTexts(DEFAULT_SEEDS)) {
      expect(readFileSync(join(SHIPPED_TEXTS, `${document}.txt`), 'utf8'), document).toBe(text);
    }
  });

  it("check a casus's quotes as the seeds do: a clean casus stays clean, one changed word gets SC027 at its quote", () => {
    const payers = readPayerCatalogue(bundled)?.payers ?? {};
    const text = readFileSync(join(bundled, 'twee-zonen.yaml'), 'utf8');
    const clean = checkOwnFile(new TextEncoder().encode(text), 'twee-zonen.yaml', { payers, sources: shipped() });
    expect(clean.diagnostics.filter((d) => d.code === 'SC027')).toEqual([]);
    const changed = text.replace('quote: "de kosten gemiddeld ruim 5.000 euro per"', 'quote: "de kosten gemiddeld ruim 9.000 euro per"');
    expect(changed).not.toBe(text);
    const line = changed.split('\n').findIndex((l) => l.includes('9.000 euro')) + 1;
    const wrong = checkOwnFile(new TextEncoder().encode(changed), 'twee-zonen.yaml', { payers, sources: shipped() });
    expect(wrong.diagnostics.filter((d) => d.code === 'SC027').map((d) => d.line)).toEqual([line]);
  });
});
