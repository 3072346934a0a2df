import type { Lang } from '../../domain/scenario/text.ts';
import { tk } from '../../i18n/klas/index.ts';
import { h } from '../dom.ts';
import type { PlayMode } from '../play-mode.ts';

/** The results class overview, a page of its own beside index.html. */
export const RESULTS_OVERVIEW_PAGE = 'resultaten-overzicht.html';

/**
 * This page's address with another mode (the other parameters kept; player mode is the default, so no parameter).
 * Never the link's LRS or its key: a key from a link is never copied into another link (it is already gone from the
 * address, see readLaunchLink), and the link's LRS without it would send nothing; the config file's LRS still applies.
 */
function withMode(mode: PlayMode): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('lrs');
  url.searchParams.delete('lrsauth');
  if (mode === 'speler') url.searchParams.delete('modus');
  else url.searchParams.set('modus', mode);
  url.searchParams.delete('casus');
  return `${url.pathname.split('/').pop() || './'}${url.search}`;
}

/** The title's small "for trainers" line: switch to class mode or the trainer view, or open the results overview. */
export function trainerLinks(mode: PlayMode, lang: Lang): HTMLElement {
  const modes: PlayMode[] = mode === 'speler' ? ['klas', 'trainer'] : ['speler', mode === 'klas' ? 'trainer' : 'klas'];
  const label = { speler: tk(lang, 'links.speler'), klas: tk(lang, 'links.klas'), trainer: tk(lang, 'links.trainer') } as const;
  return h(
    'nav',
    { className: 'trainer-links', 'aria-labelledby': 'trainer-links-heading' },
    h('h2', { id: 'trainer-links-heading', className: 'trainer-links__heading' }, tk(lang, 'links.heading')),
    mode === 'klas' ? h('p', {}, tk(lang, 'links.nowKlas')) : mode === 'trainer' ? h('p', {}, tk(lang, 'links.nowTrainer')) : null,
    h(
      'ul',
      {},
      ...modes.map((m) => h('li', {}, h('a', { href: withMode(m), 'data-mode-link': m }, label[m]))),
      h('li', {}, h('a', { href: `${RESULTS_OVERVIEW_PAGE}?taal=${lang}` }, tk(lang, 'links.overzicht'))),
    ),
  );
}
