import { closest } from '../diagnostics/did-you-mean.ts';
import { report } from '../diagnostics/registry.ts';
import { optionCosts } from '../resolve/option-costs.ts';
import type { CostItemSource, ScenarioSource } from '../schema/schema.ts';
import type { PathSegment } from '../parse/yaml-locate.ts';
import type { Draft, Locator } from '../parse/draft.ts';

/** The ways a figure can stand in a Dutch or English quote: 80000, 80.000, 80,000, 80 000; cents as ,50 or .50. */
export function figureForms(amount: number): string[] {
  const whole = Math.trunc(amount);
  const digits = String(whole);
  const grouped = (sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const cents = Math.round((amount - whole) * 100);
  const forms = [digits, grouped('.'), grouped(','), grouped(' '), grouped('\u00a0')];
  if (cents === 0) return [...new Set(forms)];
  const tail = String(cents).padStart(2, '0');
  return [...new Set([...forms.map((f) => `${f},${tail}`), ...forms.map((f) => `${f}.${tail}`)])];
}

/** Whether a quote names the figure itself (not as part of a longer number). */
export function quoteHasFigure(quote: string, amount: number): boolean {
  const flat = quote.replace(/\s+/g, ' ');
  return figureForms(amount).some((form) => {
    const at = flat.indexOf(form);
    if (at < 0) return false;
    const before = flat[at - 1] ?? ' ';
    const after = flat[at + form.length] ?? ' ';
    return !/\d/.test(before) && !/\d/.test(after) && !(/[.,]/.test(after) && /\d/.test(flat[at + form.length + 1] ?? ''));
  });
}

type Emit = (path: readonly PathSegment[], found: ReturnType<typeof report>) => void;

function checkKind(cost: CostItemSource, path: readonly PathSegment[], payers: ScenarioSource['payers'], emit: Emit): void {
  if (cost.kind === 'aflossing') {
    if (cost.to === undefined) emit(path, report('SC100', 'toMissing'));
    else if (cost.to === cost.payer) emit([...path, 'to'], report('SC100', 'toSelf', { payer: cost.payer }));
    else if (!Object.hasOwn(payers, cost.to)) {
      const known = Object.keys(payers);
      const suggestion = closest(cost.to, known);
      emit(
        [...path, 'to'],
        suggestion
          ? report('SC013', 'unknownNear', { id: cost.to, suggestion })
          : report('SC013', 'unknown', { id: cost.to, known: known.join(', ') }),
      );
    }
  } else if (cost.to !== undefined) emit([...path, 'to'], report('SC100', 'toWithoutRepayment', { kind: cost.kind ?? 'kosten' }));
}

/**
 * Format 3's own rules on the resolved source: the kind of each cost, a date for the rules, every ending's
 * assumptions, and reference totals whose quote names the figure. `stated` is the format the file says it is in:
 * an older file that was upgraded on load need not have what format 3 requires.
 */
export function checkFormat3(scenario: ScenarioSource, locate: Locator, stated: unknown): Draft[] {
  const drafts: Draft[] = [];
  const emit = (path: readonly PathSegment[], found: ReturnType<typeof report>, keyOf?: string) =>
    drafts.push({ ...locate(path, keyOf), ...found });
  for (const [momentId, moment] of Object.entries(scenario.moments)) {
    moment.options.forEach((option, o) =>
      optionCosts(option, ['moments', momentId, 'options', o]).forEach(({ cost, path }) => checkKind(cost, path, scenario.payers, emit)),
    );
  }
  scenario.systeemroute.costs.forEach((cost, c) => {
    checkKind(cost, ['systeemroute', 'costs', c], scenario.payers, emit);
    if (cost.requires !== undefined) emit(['systeemroute', 'costs', c, 'requires'], report('SC100', 'requiresInSysteemroute'));
  });
  (scenario.reference_totals ?? []).forEach((total, i) => {
    if (!quoteHasFigure(total.source.quote, total.amount))
      emit(
        ['reference_totals', i, 'source', 'quote'],
        report('SC103', 'figure', { amount: figureForms(total.amount)[1] ?? String(total.amount) }),
      );
  });
  if (typeof stated !== 'number' || stated < 3) return drafts;
  if (scenario.peildatum === undefined) emit([], report('SC101', 'missing'));
  for (const [id, ending] of Object.entries(scenario.endings))
    if (ending.requires === undefined) emit(['endings', id], report('SC102', 'missing', { ending: id }));
  return drafts;
}
