// Prints (or with --write, writes) the diagnostics a fixture in test/fixtures/scenarios/ produces, as its
// .expected.txt holds them: for writing a new fixture pair. Read the output before you keep it.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { loadScenarioBytes } from '../../src/authoring/load-bytes.ts';
import { loadPayerCatalogue } from '../../src/authoring/catalogues/payer-catalogue.ts';
import { loadTariffCatalogue } from '../../src/authoring/catalogues/tariff-catalogue.ts';
import { readSourceTexts } from './scenario-files.ts';

const write = process.argv.includes('--write');
for (const path of process.argv.slice(2).filter((a) => a !== '--write')) {
  const dir = dirname(path);
  const file = basename(path);
  const { payers } = loadPayerCatalogue(readFileSync(join(dir, 'gedeeld/betalers.yaml'), 'utf8'), 'gedeeld/betalers.yaml');
  const sources = readSourceTexts(join(dir, '../sources'));
  const tariffs = loadTariffCatalogue(readFileSync(join(dir, 'tarieven/standaard.yaml'), 'utf8'), 'tarieven/standaard.yaml', { sources });
  const result = loadScenarioBytes(
    readFileSync(path),
    file,
    file.endsWith('.with-sources.yaml') ? { payers, tariffs, sources } : { payers, tariffs },
  );
  const text = result.diagnostics.map(formatDiagnostic).join('\n');
  console.log(`== ${file}\n${text}`);
  if (write) writeFileSync(path.replace(/\.yaml$/, '.expected.txt'), text ? `${text}\n` : '');
}
