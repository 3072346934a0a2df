import { cheapestCompleteRoute } from '../../domain/play/cheapest-complete.ts';
import { bestRoute } from '../../domain/play/route-analysis.ts';
import { VALUE_KEYS, type Scenario } from '../../domain/scenario/model.ts';
import { pick } from '../../domain/scenario/text.ts';
import { scoreRoute, systeemrouteCents } from '../../domain/scoring/score.ts';
import { markers } from './generated-block.ts';

/** The README's table of bundled casussen, between these markers (`npm run docs:casussen` rewrites it). */
export const SCENARIO_TABLE = markers('casussen');

const euros = (cents: number): string => `€ ${Math.round(cents / 100).toLocaleString('nl-NL')}`;
const VALUE_SHORT = { legitimiteit: 'L', betrokkenheid: 'B', rendement: 'R' } as const;

/**
 * One row per casus: what a trainer choosing one needs to see at a glance, including the trade-off the casus teaches:
 * the best balanced route against the systeemroute, its weakest value, and how far the cheapest route of all falls short.
 */
export function scenarioTable(scenarios: readonly Scenario[]): string {
  const rows = [...scenarios]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => {
      const best = scoreRoute(s, bestRoute(s).steps);
      const cheapest = cheapestCompleteRoute(s);
      const weakest = VALUE_KEYS.reduce((low, key) => (best.values[key] < best.values[low] ? key : low), VALUE_KEYS[0]);
      const systeem = systeemrouteCents(s);
      const versus = best.routeCents > systeem ? 'more' : 'less';
      return [
        `\`${s.id}\``,
        pick(s.title, 'nl'),
        s.peildatum ?? '—',
        String(Object.keys(s.moments).length),
        String(s.playingMinutes ?? '—'),
        euros(systeem),
        `${euros(best.routeCents)} (${versus}), ${best.overall}, ${VALUE_SHORT[weakest]} ${best.values[weakest]}`,
        cheapest ? String(scoreRoute(s, cheapest.steps).overall) : '—',
      ];
    });
  const head = [
    'casus',
    'title',
    'peildatum',
    'moments',
    'min',
    'systeemroute',
    'best route: cost (vs systeemroute), balansscore, weakest value',
    'cheapest route: balansscore',
  ];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
