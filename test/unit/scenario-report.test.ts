import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/authoring/load.ts';
import { loadPayerCatalogue } from '../../src/authoring/payer-catalogue.ts';
import { scenarioReport } from '../../src/authoring/report/casus-report.ts';
import { readTariffCatalogue } from '../../tools/cli/read-tariff-catalogue.ts';
import { bundledScenarios, checkFolder } from './checked-folder.ts';
import type { OwnScenarioRouteMap } from '../../src/ui/components/own-scenario-route-map.ts';

const { payers } = loadPayerCatalogue(readFileSync(join(bundledScenarios, 'gedeeld/betalers.yaml'), 'utf8'), 'betalers.yaml');
const tariffs = readTariffCatalogue(bundledScenarios);
const template = loadScenario(readFileSync(join(bundledScenarios, 'sjabloon/sjabloon.yaml'), 'utf8'), 'sjabloon.yaml', {
  payers,
  ...(tariffs ? { tariffs } : {}),
});
const scenarios = [
  ...checkFolder().files.flatMap((f) => (f.scenario ? [[f.file, f.scenario, f.diagnostics] as const] : [])),
  ['sjabloon', template.scenario!, template.diagnostics] as const,
];

describe('route map per casus (check:scenarios --report)', () => {
  it.each(scenarios)(
    '%s: one self-contained page with the story drawn, routes, endings, ranges and messages',
    (_file, scenario, diagnostics) => {
      const html = scenarioReport(scenario, diagnostics);
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain('<svg');
      for (const id of [...Object.keys(scenario.moments), ...Object.keys(scenario.endings)]) expect(html).toContain(id);
      for (const heading of ['Verhaalkaart', 'Routes', 'Per einde', 'Bereik van de waarden', 'Meldingen']) expect(html).toContain(heading);
      expect(html).toMatch(/steeds goedkoopst[\s\S]*steeds duurst[\s\S]*slechtste/);
      // Readable offline: no script, no stylesheet or image from elsewhere, no address but the SVG namespace.
      expect(html).not.toMatch(/<script|<link|<img|@import|url\((?!#)/i);
      expect(html.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\//);
    },
  );

  it('escapes the trainer’s text: a title with markup stays text', () => {
    const [, scenario] = scenarios[0]!;
    const html = scenarioReport({ ...scenario, title: { nl: '<b>Casus & co</b>' } }, []);
    expect(html).toContain('&lt;b&gt;Casus &amp; co&lt;/b&gt;');
    expect(html).not.toContain('<b>Casus');
  });
});

describe('route map in the game (Open een eigen casus)', () => {
  it('the checking worker sends the same route summary as the report page, with the story as a graph (lines included) and in words', async () => {
    const { checkOwnFile } = await import('../../src/authoring/browser/check-own-file.ts');
    const bytes = readFileSync(join(bundledScenarios, 'twee-zonen.yaml'));
    const result = checkOwnFile(bytes, 'twee-zonen.yaml', { payers });
    // Typed as the view takes it: the worker's data fits the panel's props.
    const map: OwnScenarioRouteMap | undefined = result.routeMap;
    expect(map?.graph.nodes.filter((n) => n.kind === 'moment').map((n) => n.id)).toEqual(Object.keys(result.scenario!.moments));
    expect(map?.graph.nodes.find((n) => n.id === 'signaal')?.line).toBe(bytes.toString('utf8').split('\n').indexOf('  signaal:') + 1);
    expect(map?.summary.story.map((m) => m.id)).toEqual(Object.keys(result.scenario!.moments));
    expect(map?.summary.ranking?.routes.map((r) => r.kind)).toEqual(['best', 'best', 'best', 'cheapest', 'dearest', 'worst']);
    expect(map?.summary.perEnding.length).toBe(Object.keys(result.scenario!.endings).length);
    expect(JSON.parse(JSON.stringify(map))).toEqual(map); // plain data: it crosses postMessage
  });

  it('a file with errors has no route map', async () => {
    const { checkOwnFile } = await import('../../src/authoring/browser/check-own-file.ts');
    const result = checkOwnFile(new TextEncoder().encode('format: 2\nid: kapot\n'), 'kapot.yaml', { payers });
    expect(result.routeMap).toBeUndefined();
  });
});
