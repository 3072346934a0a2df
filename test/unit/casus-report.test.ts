import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/authoring/load.ts';
import { loadPayerCatalogue } from '../../src/authoring/payer-catalogue.ts';
import { casusReport } from '../../src/authoring/report/casus-report.ts';
import { bundledScenarios, checkFolder } from './casus-files.ts';

const { payers } = loadPayerCatalogue(readFileSync(join(bundledScenarios, 'gedeeld/betalers.yaml'), 'utf8'), 'betalers.yaml');
const template = loadScenario(readFileSync(join(bundledScenarios, 'sjabloon/casus-sjabloon.yaml'), 'utf8'), 'casus-sjabloon.yaml', { payers });
const casussen = [
  ...checkFolder().files.flatMap((f) => (f.scenario ? [[f.file, f.scenario, f.diagnostics] as const] : [])),
  ['sjabloon', template.scenario!, template.diagnostics] as const,
];

describe('route map per casus (check:scenarios --report)', () => {
  it.each(casussen)('%s: one self-contained page with the story drawn, routes, endings, ranges and messages', (_file, scenario, diagnostics) => {
    const html = casusReport(scenario, diagnostics);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<svg');
    for (const id of [...Object.keys(scenario.moments), ...Object.keys(scenario.endings)]) expect(html).toContain(id);
    for (const heading of ['Verhaalkaart', 'Routes', 'Per einde', 'Bereik van de waarden', 'Meldingen']) expect(html).toContain(heading);
    expect(html).toMatch(/steeds goedkoopst[\s\S]*steeds duurst[\s\S]*slechtste/);
    // Readable offline: no script, no stylesheet or image from elsewhere, no address but the SVG namespace.
    expect(html).not.toMatch(/<script|<link|<img|@import|url\((?!#)/i);
    expect(html.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\//);
  });

  it('escapes the trainer’s text: a title with markup stays text', () => {
    const [, scenario] = casussen[0]!;
    const html = casusReport({ ...scenario, title: { nl: '<b>Casus & co</b>' } }, []);
    expect(html).toContain('&lt;b&gt;Casus &amp; co&lt;/b&gt;');
    expect(html).not.toContain('<b>Casus');
  });
});
