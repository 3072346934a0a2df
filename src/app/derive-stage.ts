import { totalCents } from '../domain/costs/receipt.ts';
import { pick, type Lang } from '../domain/scenario/text.ts';
import type { Scenario } from '../domain/scenario/model.ts';
import { VALUE_KEYS } from '../domain/scenario/model.ts';
import type { SessionView } from '../domain/session/selectors.ts';
import { systeemrouteScore } from '../domain/scoring/score.ts';
import { formatMoney } from '../i18n/intl.ts';
import { t } from '../i18n/index.ts';
import type { StageState } from '../view/stage-state.ts';

function mood(view: SessionView): 'neutral' | 'hopeful' | 'tense' {
  const option = view.lastStep?.option;
  if (!option || view.phase !== 'consequence') return 'neutral';
  const sum = VALUE_KEYS.reduce((total, key) => total + option.values[key].delta, 0);
  return sum > 5 ? 'hopeful' : sum < -5 ? 'tense' : 'neutral';
}

/** The stage's picture of a session moment: translated, formatted, nothing to decide. */
export function stageForSession(scenario: Scenario, view: SessionView, lang: Lang): StageState {
  if (view.phase === 'debrief') {
    return {
      mode: 'debrief',
      scores: VALUE_KEYS.map((key) => ({ key, label: t(lang, `value.${key}.short`), score: view.score.values[key] })),
      reference: { scores: systeemrouteScore(view.score.systeemCents).values, label: t(lang, 'debrief.reference') },
      overall: view.score.overall,
      overallLabel: t(lang, 'debrief.overall'),
      tone: view.ending?.tone ?? 'gemengd',
    };
  }
  const lines = view.lastStep?.lines ?? [];
  return {
    mode: 'household',
    phase: view.phase,
    household: scenario.household.map((m) => ({ id: m.id, name: m.name, age: view.ages[m.id] ?? m.age, figure: m.figure })),
    setting: view.setting,
    timeline: Math.min(1, view.moment.month / scenario.horizonMonths),
    monthLabel: t(lang, 'session.month', { month: view.moment.month }),
    receipt: {
      lines: lines.map((line) => ({ label: pick(line.cost.item, lang), amount: formatMoney(line.subtotalCents, lang) })),
      printed: view.phase === 'revealing' ? view.printed : lines.length,
      totalLabel: t(lang, 'receipt.choiceTotal'),
      total: formatMoney(totalCents(lines), lang),
      printId: view.lastStep ? `${view.lastStep.step.momentId}/${view.lastStep.step.optionId}` : 'none',
    },
    mood: mood(view),
  };
}
