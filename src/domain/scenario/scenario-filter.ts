import type { ScenarioSummary } from './scenario-summary.ts';
import type { Text } from './text.ts';

/**
 * Choosing casussen by theme. A theme is known by its Dutch text (the same in either language), so a
 * remembered filter survives a language switch. No theme chosen shows every casus; with themes chosen, a
 * casus shows when it has any of them (the player widens the list by adding themes, as in a library).
 */
export interface ThemeOption {
  readonly key: string;
  readonly text: Text;
  /** How many casussen have this theme. */
  readonly count: number;
}

export const themeKey = (theme: Text): string => theme.nl.trim().toLocaleLowerCase('nl');

/** Every theme in the library once, most common first, then alphabetically. */
export function themeOptions(scenarios: readonly ScenarioSummary[]): ThemeOption[] {
  const options = new Map<string, { text: Text; count: number }>();
  for (const scenario of scenarios) {
    for (const key of new Set(scenario.themes.map(themeKey))) {
      const text = scenario.themes.find((theme) => themeKey(theme) === key)!;
      const known = options.get(key);
      options.set(key, { text: known?.text ?? text, count: (known?.count ?? 0) + 1 });
    }
  }
  return [...options]
    .map(([key, { text, count }]) => ({ key, text, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, 'nl'));
}

/** A remembered filter, kept to the themes this library still has (a theme may have gone since). */
export function knownThemes(selected: readonly string[], options: readonly ThemeOption[]): string[] {
  const keys = new Set(options.map((o) => o.key));
  return [...new Set(selected)].filter((key) => keys.has(key));
}

export function toggleTheme(selected: readonly string[], key: string): string[] {
  return selected.includes(key) ? selected.filter((k) => k !== key) : [...selected, key];
}

export function matchesThemes(scenario: ScenarioSummary, selected: readonly string[]): boolean {
  if (selected.length === 0) return true;
  return scenario.themes.some((theme) => selected.includes(themeKey(theme)));
}

/** The ids of the casussen the filter shows. */
export function filterScenarios(scenarios: readonly ScenarioSummary[], selected: readonly string[]): string[] {
  return scenarios.filter((scenario) => matchesThemes(scenario, selected)).map((scenario) => scenario.id);
}
