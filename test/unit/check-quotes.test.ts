import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { loadScenario } from '../../src/authoring/load.ts';

const yaml = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/minimal-valid.yaml'), 'utf8');

/** A source text of 1000 lines with the two cited passages where the fixture says they are. */
function sourceText(overrides: Record<number, string> = {}): string[] {
  const lines = Array.from({ length: 1000 }, (_, i) => `regel ${i + 1}`);
  lines[899] = 'De verwachte route is plaatsing in begeleid';
  lines[900] = 'wonen, ca. € 4.600 per maand.';
  lines[904] = 'Daarnaast € 300 per maand voor ambulante begeleiding.';
  for (const [line, text] of Object.entries(overrides)) lines[Number(line) - 1] = text;
  return lines;
}

const check = (sources: Map<string, string[]>) => loadScenario(yaml, 'casus.yaml', { sources }).diagnostics.map(formatDiagnostic);

describe('citation check against source texts', () => {
  it('accepts quotes found at their line, also across a line break', () => {
    expect(check(new Map([['002', sourceText()]]))).toEqual([]);
  });

  it('refuses a quote that is not in the passage at that line', () => {
    expect(check(new Map([['002', sourceText({ 905: 'Iets heel anders.' })]]))).toEqual([
      'casus.yaml:28:58 error SC027 Citaat staat niet in document 002 rond regel 905, en ook nergens anders in dat document — neem de tekst letterlijk over uit de bron en controleer het documentnummer',
    ]);
  });

  it('warns when the cited document is not among the sources', () => {
    expect(check(new Map([['003', sourceText()]]))).toEqual([
      "casus.yaml:28:33 warning SC028 Brondocument '002' niet gevonden: citaat niet gecontroleerd — beschikbaar: 003",
      "casus.yaml:85:27 warning SC028 Brondocument '002' niet gevonden: citaat niet gecontroleerd — beschikbaar: 003",
    ]);
  });
});
