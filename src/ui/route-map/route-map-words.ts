import type { RouteMapWords } from '../../domain/report/route-map-svg.ts';
import type { Lang } from '../../domain/scenario/text.ts';
import { formatWholeMoney } from '../../i18n/intl.ts';
import { t, type MessageKey } from '../../i18n/index.ts';

const TONES = new Set(['goed', 'gemengd', 'zorgelijk']);

/** The drawing's words in the player's language. */
export function mapWords(lang: Lang, title: string): RouteMapWords {
  return {
    name: t(lang, 'own.map.svgLabel', { title }),
    moment: (month, id, start) => t(lang, start ? 'map.momentStart' : 'map.moment', { month, id }),
    ending: (tone, id) => t(lang, 'map.ending', { tone: TONES.has(tone) ? t(lang, `map.tone.${tone}` as MessageKey) : tone, id }),
    line: (line) => t(lang, 'map.line', { line }),
    money: (cents) => formatWholeMoney(cents, lang),
  };
}
