import type { HouseholdMember, Scenario } from './model.ts';

/** What the title screen knows of a casus before its chunk is loaded: the library index holds only these. */
export interface ScenarioSummary {
  readonly id: string;
  readonly title: Scenario['title'];
  readonly summary: Scenario['summary'];
  readonly horizonMonths: number;
  readonly playingMinutes?: number;
  readonly source: Scenario['source'];
  readonly themes: Scenario['themes'];
  /** Enough of the household to sketch it on a card. */
  readonly household: readonly Pick<HouseholdMember, 'name' | 'role' | 'age' | 'figure'>[];
}

export function summarise(scenario: Scenario): ScenarioSummary {
  const { id, title, summary, horizonMonths, playingMinutes, source, themes } = scenario;
  const household = scenario.household.map(({ name, role, age, figure }) => ({ name, role, age, figure }));
  return { id, title, summary, horizonMonths, ...(playingMinutes ? { playingMinutes } : {}), source, themes, household };
}
