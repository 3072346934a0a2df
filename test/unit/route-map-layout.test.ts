import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompilation } from '../../src/authoring/compilation/compilation-job.ts';
import { nodeFilePort } from '../../tools/cli/node-file-port.ts';
import { keyLines } from '../../src/authoring/report/moment-lines.ts';
import { routeGraph } from '../../src/authoring/report/route-graph.ts';
import { edgeLabels, FONT, layoutRouteMap, textWidth, wrap, type RouteMapLayout } from '../../src/domain/report/route-map-layout.ts';
import { routeMapSvg } from '../../src/domain/report/route-map-svg.ts';
import { reportWords } from '../../src/authoring/report/casus-report.ts';
import { routeSummary } from '../../src/authoring/report/route-summary.ts';
import { nodeKey } from '../../src/domain/report/route-graph.ts';
import type { Scenario } from '../../src/domain/scenario/model.ts';
import { bundledScenarios, checkFolder, root } from './checked-folder.ts';

const templatePath = join(bundledScenarios, 'sjabloon/sjabloon.yaml');
const templateText = readFileSync(templatePath, 'utf8');
// The template, checked as the CLI checks it: against the library's shared payers and tariffs.
const template = runCompilation({ scenarios: [templatePath], libraryRoot: bundledScenarios }, nodeFilePort).files[0]!;
const scenarios: [string, Scenario, string][] = [
  ...checkFolder().files.flatMap((f) =>
    f.scenario ? [[f.file, f.scenario, readFileSync(join(root, f.file), 'utf8')] as [string, Scenario, string]] : [],
  ),
  ['sjabloon', template.scenario!, templateText],
];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function allBoxes(layout: RouteMapLayout): { name: string; box: Box }[] {
  return [
    ...layout.nodes.map((n) => ({ name: n.key, box: n })),
    ...layout.edges.map((e, i) => ({ name: `label ${i} (${e.edge.optionId})`, box: e.label })),
  ];
}

describe('route map layout (dagre), for every bundled casus and the template', () => {
  it('has casussen to check', () => expect(scenarios.length).toBeGreaterThan(10));

  it.each(
    scenarios.flatMap(([file, scenario, source]) =>
      (['LR', 'TB'] as const).map((direction) => [file, direction, scenario, source] as const),
    ),
  )(
    '%s (%s): every moment and ending present once, titled by its title, no two boxes or labels overlapping, inside the drawing',
    (_file, direction, scenario, source) => {
      const graph = routeGraph(scenario, routeSummary(scenario).perEnding, source);
      const layout = layoutRouteMap(graph, { direction });
      const keys = layout.nodes.map((n) => n.key);
      const expected = [...Object.keys(scenario.moments).map((id) => `m:${id}`), ...Object.keys(scenario.endings).map((id) => `e:${id}`)];
      expect(keys.sort()).toEqual(expected.sort());
      for (const laid of layout.nodes) {
        const title = laid.node.kind === 'moment' ? scenario.moments[laid.node.id]!.title.nl : scenario.endings[laid.node.id]!.title.nl;
        const shown = laid.titleLines.join(' ');
        // The title, word for word (cut with "…" only when longer than three lines), never the id.
        if (shown.endsWith('…')) expect(title.replace(/\s+/g, ' ').startsWith(shown.slice(0, -1).trimEnd())).toBe(true);
        else expect(shown).toBe(title.replace(/\s+/g, ' ').trim());
        for (const line of laid.titleLines) expect(textWidth(line, FONT.title, true)).toBeLessThanOrEqual(laid.width - 16);
      }
      const boxes = allBoxes(layout);
      for (const [i, a] of boxes.entries()) {
        expect(a.box.x).toBeGreaterThanOrEqual(0);
        expect(a.box.y).toBeGreaterThanOrEqual(0);
        expect(a.box.x + a.box.width).toBeLessThanOrEqual(layout.width + 0.5);
        expect(a.box.y + a.box.height).toBeLessThanOrEqual(layout.height + 0.5);
        for (const b of boxes.slice(i + 1)) if (overlaps(a.box, b.box)) throw new Error(`${a.name} overlaps ${b.name}`);
      }
      const optionCount = Object.values(scenario.moments).reduce((n, m) => n + m.options.length, 0);
      expect(layout.edges).toHaveLength(optionCount);
      for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    },
  );

  it.each(scenarios)(
    '%s: the drawing names every moment by its title, and every ending with its cost on one text line',
    (_file, scenario) => {
      const summary = routeSummary(scenario);
      const svg = routeMapSvg(layoutRouteMap(routeGraph(scenario, summary.perEnding)), reportWords(summary.title));
      for (const moment of Object.values(scenario.moments)) expect(svg).toContain(`data-moment="${moment.id}"`);
      for (const ending of summary.perEnding) {
        const range =
          ending.minCents === ending.maxCents
            ? reportWords('').money(ending.minCents)
            : `${reportWords('').money(ending.minCents)} – ${reportWords('').money(ending.maxCents)}`;
        expect(svg).toContain(`>${range}</text>`);
        expect(range).not.toMatch(/€ /); // a no-break space, never a plain one
      }
    },
  );
});

describe('route map pieces', () => {
  it('wraps words into at most the given lines, cutting the rest with an ellipsis', () => {
    expect(wrap('Een gesprek met de moeder van Milan', 12, 3)).toEqual(['Een gesprek', 'met de', 'moeder van…']);
    expect(wrap('kort', 12, 3)).toEqual(['kort']);
    expect(wrap('Onuitsprekelijklangwoord', 10, 2)).toEqual(['Onuitspre…']);
  });

  it('finds the line of each moment and ending key in block-style YAML, with comments and quoted keys', () => {
    const lines = keyLines(
      'id: x\nmoments:\n  # eerst\n  een:\n    title: a\n  "twee": # tweede\n    title: b\nendings:   # tone: goed\n  klaar:\n    x: 1\n',
    );
    expect([...lines.moments]).toEqual([
      ['een', 4],
      ['twee', 6],
    ]);
    expect([...lines.endings]).toEqual([['klaar', 9]]);
    expect(keyLines('moments: { een: {} }\n').moments.size).toBe(0);
  });

  it('tells apart options of one moment whose labels read the same once cut, by their ids', () => {
    const edge = (optionId: string, label: string) => ({
      from: 'm',
      to: { kind: 'ending' as const, id: 'e' },
      optionId,
      label,
      requires: '',
    });
    const labels = edgeLabels([
      edge('a', 'Op kamers met studiefinanciering en een baan'),
      edge('b', 'Op kamers met studiefinanciering zonder baan'),
      edge('c', 'Thuis'),
    ]);
    expect(labels).toEqual([['Op kamers met studiefinancier…', '(a)'], ['Op kamers met studiefinancier…', '(b)'], ['Thuis']]);
  });

  it('keys moments and endings apart even when they share an id', () => {
    expect(nodeKey({ kind: 'moment', id: 'x' })).not.toBe(nodeKey({ kind: 'ending', id: 'x' }));
  });

  it('escapes a trainer’s text in the drawing', () => {
    const layout = layoutRouteMap({
      title: 't',
      nodes: [{ kind: 'moment', id: 'a', title: '<script>x</script> & co', month: 0, start: true }],
      edges: [],
    });
    const svg = routeMapSvg(layout, reportWords('<b>'));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});
