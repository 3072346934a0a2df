import type { Lang } from '../../domain/scenario/text.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../../i18n/index.ts';
import { LANGS, LANGUAGES } from '../../i18n/languages.ts';

export interface TopControlsProps {
  readonly lang: Lang;
  readonly sound: boolean;
  readonly onLanguage: (lang: Lang) => void;
  readonly onToggleSound: () => void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A speaker, with waves when sound is on and a cross when it is off. */
function speakerIcon(on: boolean): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'toggle__icon');
  const paths = ['M4 9h4l5-4v14l-5-4H4z', ...(on ? ['M16 9a4 4 0 0 1 0 6', 'M18.5 6.5a7.5 7.5 0 0 1 0 11'] : ['M17 9l5 6', 'M22 9l-5 6'])];
  for (const d of paths) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

/** The glossary, language switch and sound toggle: always present, state shown with aria-pressed. */
export function renderTopControls(container: HTMLElement, props: TopControlsProps): void {
  const languages = h(
    'div',
    { className: 'segmented', role: 'group', 'aria-label': t(props.lang, 'settings.language') },
    ...LANGS.map((lang) =>
      // The visible code stays part of the name (WCAG 2.5.3): "NL Nederlands".
      h(
        'button',
        { type: 'button', lang, 'aria-pressed': String(props.lang === lang), onclick: () => props.onLanguage(lang) },
        LANGUAGES[lang].label,
        h('span', { className: 'sr-only' }, ` ${LANGUAGES[lang].name}`),
      ),
    ),
  );
  const sound = h(
    'button',
    {
      type: 'button',
      className: 'toggle',
      'aria-pressed': String(props.sound),
      onclick: props.onToggleSound,
    },
    speakerIcon(props.sound),
    h('span', { className: 'toggle__label' }, t(props.lang, 'settings.sound')),
  );
  const glossary = h('button', { type: 'button', className: 'toggle', 'aria-haspopup': 'dialog' }, t(props.lang, 'glossary.open'));
  // The glossary (its terms and texts) loads when it is first asked for, not with the menu.
  glossary.addEventListener(
    'click',
    () => void import('./glossary-dialog.ts').then(({ openGlossary }) => openGlossary(props.lang, glossary)),
  );
  replaceChildren(container, glossary, languages, sound);
}
