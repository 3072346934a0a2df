import type { Lang } from '../../domain/scenario/text.ts';
import { t } from '../../i18n/index.ts';
import { h, replaceChildren } from '../dom.ts';
import type { CheckState } from './check-state.ts';
import { renderOwnScenarioRouteMap, type OwnScenarioRouteMap } from './own-scenario-route-map.ts';

/** One located message about a trainer's own file, with the line it points at. */
export interface OwnScenarioMessage {
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
  /** The offending line of the file, as written. */
  readonly excerpt?: string;
}

/** What the panel shows about one casus file; checked, its title, size, messages and, without errors, its route map. */
export type OwnScenarioState = CheckState<{
  readonly title?: string;
  readonly moments?: number;
  readonly endings?: number;
  readonly messages: readonly OwnScenarioMessage[];
  /** Only for a file without errors. */
  readonly routeMap?: OwnScenarioRouteMap;
}>;

export interface OwnScenarioProps {
  readonly lang: Lang;
  readonly state: OwnScenarioState;
  readonly onFile: (file: File) => void;
  readonly onPlay: () => void;
  /** "Open de werkplaats": write, check and play a casus in the browser (loaded when opened). */
  readonly onWerkplaats: (opener: HTMLElement) => void;
}

export function messageItem(m: OwnScenarioMessage, lang: Lang): HTMLElement {
  return h(
    'li',
    { className: `own-casus__message own-casus__message--${m.severity}` },
    h(
      'p',
      {},
      h('strong', {}, t(lang, 'own.where', { line: m.line, column: m.column })),
      ' ',
      h('span', { className: 'own-casus__code' }, `${t(lang, `own.severity.${m.severity}`)} ${m.code}`),
      ' ',
      h('span', { lang: 'nl' }, m.message),
      m.hint ? h('span', { lang: 'nl' }, ` — ${m.hint}`) : null,
    ),
    m.excerpt !== undefined
      ? h('pre', { className: 'own-casus__excerpt', 'aria-label': t(lang, 'own.excerpt', { line: m.line }) }, m.excerpt)
      : null,
  );
}

function outcome(props: OwnScenarioProps): HTMLElement | null {
  const { state, lang } = props;
  if (state.kind === 'idle') return null;
  if (state.kind === 'checking') return h('p', {}, t(lang, 'own.checking', { file: state.file }));
  if (state.kind === 'stopped') {
    return h(
      'p',
      { className: 'own-casus__summary own-casus__summary--error' },
      state.reason === 'time'
        ? t(lang, 'own.stopped.time', { file: state.file, seconds: state.seconds ?? 0 })
        : t(lang, 'own.stopped.failed', { file: state.file }),
    );
  }
  const errors = state.messages.filter((m) => m.severity === 'error');
  const summary =
    errors.length > 0
      ? t(lang, 'own.errors', { file: state.file, count: errors.length })
      : t(lang, 'own.ok', { file: state.file, title: state.title ?? '', moments: state.moments ?? 0, endings: state.endings ?? 0 });
  return h(
    'div',
    {},
    h('p', { className: errors.length > 0 ? 'own-casus__summary own-casus__summary--error' : 'own-casus__summary' }, summary),
    state.messages.length > 0 ? h('ol', { className: 'own-casus__messages' }, ...state.messages.map((m) => messageItem(m, lang))) : null,
    errors.length === 0
      ? h(
          'button',
          { type: 'button', className: 'button button--primary', onclick: props.onPlay },
          t(lang, 'own.play', { title: state.title ?? '' }),
        )
      : null,
  );
}

/**
 * "Bekijk de routekaart": a disclosure button and the map, drawn on first opening (a large casus has long
 * tables). Outside the status region, so opening it is not read out as a status change.
 */
function routeMapDisclosure(state: OwnScenarioState, lang: Lang): HTMLElement | null {
  if (state.kind !== 'checked' || !state.routeMap || state.messages.some((m) => m.severity === 'error')) return null;
  const map = state.routeMap;
  const area = h('div', { id: 'own-casus-map', className: 'own-casus__map', hidden: true });
  const button = h(
    'button',
    { type: 'button', className: 'button', 'aria-expanded': 'false', 'aria-controls': 'own-casus-map' },
    t(lang, 'own.map.show'),
  );
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    if (open && area.childElementCount === 0) replaceChildren(area, renderOwnScenarioRouteMap(map, lang));
    area.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  });
  return h('div', { className: 'own-casus__map-toggle' }, button, area);
}

/**
 * "Open een eigen casus": a file picker and a drop zone. The file is checked on this computer with the same
 * checks and messages as `npm run check:scenarios`; nothing is uploaded.
 */
export function renderOwnScenarioPanel(props: OwnScenarioProps): HTMLElement {
  const { lang } = props;
  const input = h('input', { type: 'file', id: 'own-casus-file', className: 'own-casus__input', accept: '.yaml,.yml,text/yaml' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) props.onFile(file);
  });
  const section = h(
    'section',
    { className: 'own-casus', 'aria-labelledby': 'own-casus-heading' },
    h('h2', { id: 'own-casus-heading' }, t(lang, 'own.heading')),
    h('p', {}, t(lang, 'own.lead')),
    h('label', { className: 'own-casus__label', for: 'own-casus-file' }, t(lang, 'own.choose')),
    input,
    h('div', { className: 'own-casus__outcome', role: 'status' }, outcome(props)),
    routeMapDisclosure(props.state, lang),
    h('p', {}, t(lang, 'own.werkplaatsLead')),
    h(
      'button',
      {
        type: 'button',
        className: 'button',
        id: 'open-werkplaats',
        onclick: (event: Event) => props.onWerkplaats(event.currentTarget as HTMLElement),
      },
      t(lang, 'own.werkplaats'),
    ),
  );
  section.addEventListener('dragover', (event) => {
    event.preventDefault();
    section.classList.add('own-casus--drop');
  });
  section.addEventListener('dragleave', () => section.classList.remove('own-casus--drop'));
  section.addEventListener('drop', (event) => {
    event.preventDefault();
    section.classList.remove('own-casus--drop');
    const file = event.dataTransfer?.files[0];
    if (file) props.onFile(file);
  });
  return section;
}
