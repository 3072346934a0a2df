import type { Lang } from '../../domain/i18n/text.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../i18n/index.ts';

export interface TopControlsProps {
  readonly lang: Lang;
  readonly sound: boolean;
  readonly onLanguage: (lang: Lang) => void;
  readonly onToggleSound: () => void;
}

const LANGUAGES: readonly { lang: Lang; label: string; name: string }[] = [
  { lang: 'nl', label: 'NL', name: 'Nederlands' },
  { lang: 'en', label: 'EN', name: 'English' },
];

/** Language switch and sound toggle: always present, state shown with aria-pressed. */
export function renderTopControls(container: HTMLElement, props: TopControlsProps): void {
  const languages = h('div', { className: 'segmented', role: 'group', 'aria-label': t(props.lang, 'settings.language') },
    ...LANGUAGES.map(({ lang, label, name }) =>
      h('button', { type: 'button', lang, 'aria-label': name, 'aria-pressed': String(props.lang === lang), onclick: () => props.onLanguage(lang) }, label)));
  const sound = h('button', {
    type: 'button',
    className: 'toggle',
    'aria-pressed': String(props.sound),
    onclick: props.onToggleSound,
  }, h('span', { className: 'toggle__icon', 'aria-hidden': 'true' }, props.sound ? '🔊' : '🔇'), t(props.lang, 'settings.sound'));
  replaceChildren(container, languages, sound);
}
