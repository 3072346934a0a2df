import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/authoring/diagnostics/diagnostic.ts';
import { loadSourceCatalogue } from '../../src/authoring/source-catalogue.ts';
import { bundledScenarios, checkFolder } from './checked-folder.ts';
import { readSourceCatalogue } from '../../tools/cli/read-source-catalogue.ts';

describe('shared source list (scenarios/gedeeld/bronnen.yaml)', () => {
  const catalogue = readSourceCatalogue(bundledScenarios);

  it('is clean and names every source text with title, publisher (nl and en) and year', () => {
    expect(catalogue?.diagnostics).toEqual([]);
    expect(Object.keys(catalogue?.documents ?? {})).toEqual(['001', '002', '003', '004']);
    expect(catalogue?.documents['004']).toEqual({
      title: 'Een sociaal sociaal domein',
      publisher: { nl: 'gemeente Utrecht', en: 'City of Utrecht' },
      year: 2020,
    });
  });

  it('knows every document the bundled casussen and the tariff list cite', () => {
    const { files, tariffs } = checkFolder();
    expect(
      files
        .flatMap((f) => f.diagnostics)
        .filter((d) => d.code === 'SC083')
        .map(formatDiagnostic),
    ).toEqual([]);
    const tariffDocuments = Object.values(tariffs?.tariffs ?? {}).flatMap((tariff) => (tariff.source ? [tariff.source.document] : []));
    expect(tariffDocuments.filter((document) => !catalogue?.documents[document])).toEqual([]);
  });

  it('locates its own mistakes in the words used for a casus', () => {
    const wrongNumber = loadSourceCatalogue(
      'format: 1\ndocuments:\n  "5":\n    title: X\n    publisher: { nl: Y, en: Y }\n    year: 2020\n',
      'bronnen.yaml',
    );
    expect(wrongNumber.documents).toEqual({});
    expect(wrongNumber.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['3:3 SC006']);
    const wrongFields = loadSourceCatalogue(
      'format: 1\ndocuments:\n  "005":\n    title: X\n    publisher: { nl: Y }\n    year: twintig\n',
      'bronnen.yaml',
    );
    expect(wrongFields.diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(['5 SC003', '6 SC004']);
  });
});
