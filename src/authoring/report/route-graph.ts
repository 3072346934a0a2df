import type { RouteGraph, RouteGraphNode } from '../../domain/report/route-graph.ts';
import type { SummaryEnding } from '../../domain/report/route-summary.ts';
import type { Scenario } from '../../domain/scenario/model.ts';
import { pick } from '../../domain/scenario/text.ts';
import { keyLines } from './moment-lines.ts';
import { conditionText } from './route-summary.ts';

/**
 * The story as plain data for the route map: every moment and ending with its title, every option as an arrow.
 * `perEnding` (from the route summary) adds what each ending costs; `source` (the YAML text) the line of each key.
 */
export function routeGraph(scenario: Scenario, perEnding: readonly SummaryEnding[] = [], source?: string): RouteGraph {
  const lines = source === undefined ? undefined : keyLines(source);
  const costs = new Map(perEnding.map((e) => [e.id, { minCents: e.minCents, maxCents: e.maxCents }]));
  const moments = Object.values(scenario.moments).map((moment): RouteGraphNode => {
    const line = lines?.moments.get(moment.id);
    return {
      kind: 'moment',
      id: moment.id,
      title: pick(moment.title, 'nl'),
      month: moment.month,
      start: moment.id === scenario.start,
      ...(line ? { line } : {}),
    };
  });
  const endings = Object.values(scenario.endings).map((ending): RouteGraphNode => {
    const line = lines?.endings.get(ending.id);
    const cost = costs.get(ending.id);
    return {
      kind: 'ending',
      id: ending.id,
      title: pick(ending.title, 'nl'),
      tone: ending.tone,
      ...(cost ? { cost } : {}),
      ...(line ? { line } : {}),
    };
  });
  const edges = Object.values(scenario.moments).flatMap((moment) =>
    moment.options.map((option) => ({
      from: moment.id,
      to: { kind: option.to.kind, id: option.to.id },
      optionId: option.id,
      label: pick(option.label, 'nl'),
      requires: conditionText(option.requires),
    })),
  );
  return { title: pick(scenario.title, 'nl'), nodes: [...moments, ...endings], edges };
}
