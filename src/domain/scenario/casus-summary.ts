import type { Scenario } from './model.ts';

/** What the title screen knows of a casus before its chunk is loaded: the library index holds only these. */
export interface CasusSummary {
  readonly id: string;
  readonly title: Scenario['title'];
  readonly summary: Scenario['summary'];
  readonly horizonMonths: number;
  readonly source: Scenario['source'];
  readonly themes: Scenario['themes'];
}

export function summarise(scenario: Scenario): CasusSummary {
  const { id, title, summary, horizonMonths, source, themes } = scenario;
  return { id, title, summary, horizonMonths, source, themes };
}
