import type { HouseholdMember, Scenario } from './model.ts';
import type { Text } from './text.ts';

/** A member's age in a casus month: a year older at `birthdayMonth` (default 12) and every 12 months after. */
export function ageAt(member: Pick<HouseholdMember, 'age' | 'birthdayMonth'>, month: number): number {
  const first = member.birthdayMonth ?? 12;
  return month < first ? member.age : member.age + 1 + Math.floor((month - first) / 12);
}

/** `{leeftijd.dave}`: the one placeholder a casus text may hold. */
export const AGE_PLACEHOLDER = /\{leeftijd\.([a-z0-9]+(?:[-_][a-z0-9]+)*)\}/g;

/** The text with every age placeholder filled for `month`; an unknown id stays as written (the checker refuses it). */
export function fillAges(text: string, scenario: Pick<Scenario, 'household'>, month: number): string {
  if (!text.includes('{leeftijd.')) return text;
  return text.replace(AGE_PLACEHOLDER, (whole, id: string) => {
    const member = scenario.household.find((m) => m.id === id);
    return member ? String(ageAt(member, month)) : whole;
  });
}

export function fillAgesIn(text: Text, scenario: Pick<Scenario, 'household'>, month: number): Text {
  return text.en === undefined
    ? { nl: fillAges(text.nl, scenario, month) }
    : { nl: fillAges(text.nl, scenario, month), en: fillAges(text.en, scenario, month) };
}
