import type { RouteDifference } from '../domain/debrief/route-comparison.ts';
import type { ComparedRouteKind } from '../domain/play/route-kinds.ts';
import type { LessonPockets } from '../domain/debrief/lesson.ts';
import type { WrongPocket } from '../domain/debrief/wrong-pocket.ts';
import { VALUE_KEYS, type Scenario } from '../domain/scenario/model.ts';
import { pick, type Lang } from '../domain/scenario/text.ts';
import { formatList, formatMoney, formatWholeMoney } from './intl.ts';
import { td } from './debrief/index.ts';
import { t } from './index.ts';

/**
 * Your route against another route in plain words: "€ 14.250,00 duurder dan de best gebalanceerde route,
 * en lager op betrokkenheid".
 */
export function differenceWords(kind: ComparedRouteKind, diff: RouteDifference, lang: Lang): string {
  const route = td(lang, `compare.against.${kind}`);
  const money =
    diff.cents === 0
      ? td(lang, 'compare.sameCost', { route })
      : td(lang, diff.cents > 0 ? 'compare.dearer' : 'compare.cheaper', { amount: formatMoney(Math.abs(diff.cents), lang), route });
  if (!diff.values) return money;
  const lower = VALUE_KEYS.filter((key) => diff.values![key] < 0).map((key) => t(lang, `value.${key}`).toLowerCase());
  const higher = VALUE_KEYS.filter((key) => diff.values![key] > 0).map((key) => t(lang, `value.${key}`).toLowerCase());
  const parts = [money];
  if (lower.length > 0) parts.push(td(lang, 'compare.lowerOn', { values: formatList(lower, lang) }));
  if (higher.length > 0) parts.push(td(lang, 'compare.higherOn', { values: formatList(higher, lang) }));
  if (lower.length === 0 && higher.length === 0) parts.push(td(lang, 'compare.sameValues'));
  return parts.join(td(lang, 'compare.joiner'));
}

/** Who pays more and who saves on your route against the systeemroute, in one or two sentences. */
export function wrongPocketWords(scenario: Scenario, pocket: WrongPocket, lang: Lang): string {
  const name = (payer: string) => {
    const p = scenario.payers[payer];
    return p ? pick(p.name, lang) : payer;
  };
  const listOf = (rows: WrongPocket['payMore']) =>
    formatList(
      rows.map((row) => td(lang, 'pocket.amount', { payer: name(row.payer), amount: formatMoney(Math.abs(row.savedCents), lang) })),
      lang,
    );
  const sentences: string[] = [];
  if (pocket.payMore.length > 0) sentences.push(td(lang, 'pocket.payMore', { list: listOf(pocket.payMore) }));
  if (pocket.save.length > 0) sentences.push(td(lang, 'pocket.save', { list: listOf(pocket.save) }));
  if (pocket.crossesPockets) sentences.push(td(lang, 'pocket.crosses'));
  if (sentences.length === 0) sentences.push(td(lang, 'pocket.same'));
  return sentences.join(' ');
}

/** The first screen's one sentence on who pays and who saves most against the systeemroute (the rest is counted). */
export function lessonPocketWords(scenario: Scenario, pockets: LessonPockets, lang: Lang): string {
  const name = (payer: string) => {
    const p = scenario.payers[payer];
    return p ? pick(p.name, lang) : payer;
  };
  const { payMost, saveMost, others } = pockets;
  const more = payMost ? { payer: name(payMost.payer), more: formatWholeMoney(-payMost.savedCents, lang) } : undefined;
  const less = saveMost ? { saver: name(saveMost.payer), less: formatWholeMoney(saveMost.savedCents, lang) } : undefined;
  const first =
    more && less
      ? td(lang, 'lesson.pocket.both', { ...more, ...less })
      : more
        ? td(lang, 'lesson.pocket.payOnly', more)
        : less
          ? td(lang, 'lesson.pocket.saveOnly', less)
          : td(lang, 'pocket.same');
  if (others <= 0) return first;
  return `${first} ${td(lang, 'lesson.pocket.others', { count: others })}`;
}
