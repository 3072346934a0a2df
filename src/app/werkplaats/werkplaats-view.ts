import type { EditorView } from '@codemirror/view';
import { momentAtLine } from './scenario-ids.ts';
import { pathToMoment } from '../../domain/play/path-to-moment.ts';
import type { Scenario } from '../../domain/scenario/model.ts';
import type { Lang } from '../../domain/scenario/text.ts';
import type { SessionEvent } from '../../domain/session/events.ts';
import { logForRoute } from '../../domain/session/log-for-route.ts';
import { t } from '../../i18n/index.ts';
import { tw } from '../../i18n/werkplaats/index.ts';
import type { CheckWorker } from '../bounded-check.ts';
import { keptWorkerCheck } from '../kept-worker-check.ts';
import type { OwnFileCheck } from '../own-scenario.ts';
import type { KeyValueStore } from '../storage.ts';
import { keepDraft, readDraft } from './werkplaats-store.ts';
import { h, replaceChildren } from '../../ui/dom.ts';
import { saveToDisk } from './disk.ts';
import { mountRouteMap } from './route-map-slot.ts';
import { loadTemplate } from './werkplaats-template.ts';
import { createYamlEditor, type LocatedMessage } from './yaml-editor.ts';

export interface WerkplaatsOptions {
  readonly lang: Lang;
  readonly store: KeyValueStore;
  readonly spawn: () => CheckWorker;
  readonly budgetMs?: number;
  /** Play the checked casus: from the start (log null) or standing at a moment (the log of a route there). */
  readonly onPlay: (scenario: Scenario, log: readonly SessionEvent[] | null) => void;
  /** Where focus returns when the werkplaats closes. */
  readonly opener: HTMLElement | null;
}

const DEFAULT_FILE = 'mijn-casus.yaml';

/**
 * The werkplaats: the casus's YAML in CodeMirror, checked in the worker as it is typed, its messages in the gutter
 * and in a list beside it, the route map, and "speel vanaf hier". A full-window modal dialog over the title screen,
 * loaded only when opened. The text is kept in this browser; opening and saving use the trainer's own disk.
 */
export async function openWerkplaats({ lang, store, spawn, budgetMs, onPlay, opener }: WerkplaatsOptions): Promise<HTMLDialogElement> {
  const kept = readDraft(store);
  let file = kept?.file ?? DEFAULT_FILE;
  const initial = kept?.text ?? (await loadTemplate());
  const checks = keptWorkerCheck<OwnFileCheck>({ spawn, ...(budgetMs !== undefined ? { budgetMs } : {}) });
  let last: { text: string; check: OwnFileCheck } | null = null;
  let mapOpen = false;

  const status = h('p', { className: 'werkplaats__status', role: 'status' }, tw(lang, 'checking'));
  const list = h('ol', { className: 'werkplaats__messages own-casus__messages' });
  const notice = h('p', { className: 'werkplaats__notice', role: 'alert', hidden: true });
  const fileName = h('span', { className: 'werkplaats__file' }, file);
  const mapArea = h('div', { id: 'werkplaats-map', className: 'werkplaats__map', hidden: true });
  const mapButton = h(
    'button',
    { type: 'button', className: 'button', 'aria-expanded': 'false', 'aria-controls': 'werkplaats-map' },
    tw(lang, 'map'),
  );
  const editorSlot = h('div', { className: 'werkplaats__editor' });

  const say = (text: string | null) => {
    notice.hidden = text === null;
    notice.textContent = text ?? '';
  };
  const goTo = (m: Pick<LocatedMessage, 'line' | 'column'>) => {
    const line = view.state.doc.line(Math.min(Math.max(1, m.line), view.state.doc.lines));
    view.dispatch({ selection: { anchor: Math.min(line.from + Math.max(0, m.column - 1), line.to) }, scrollIntoView: true });
    view.focus();
  };
  const showMap = () => {
    const map = last?.check.routeMap;
    if (!mapOpen) return;
    // A moment chosen on the map takes the cursor to its key in the YAML.
    if (map) mountRouteMap(mapArea, map, lang, (_momentId, line) => line !== undefined && goTo({ line, column: 1 }));
    else if (last?.check.scenario) {
      // Checked without the map (it was opened while that check ran): check again, now with the map.
      replaceChildren(mapArea, h('p', {}, tw(lang, 'checking')));
      void check(last.text);
    } else replaceChildren(mapArea, h('p', {}, tw(lang, 'mapNeedsClean')));
  };
  const showCheck = (check: OwnFileCheck) => {
    const errors = check.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = check.diagnostics.length - errors;
    status.textContent =
      errors > 0 ? tw(lang, 'errors', { errors, warnings }) : tw(lang, 'clean', { warnings, title: check.scenario?.title.nl ?? '' });
    replaceChildren(
      list,
      ...check.diagnostics.map((d) =>
        h(
          'li',
          { className: `own-casus__message own-casus__message--${d.severity}`, 'data-line': d.line },
          h(
            'button',
            { type: 'button', className: 'button button--quiet werkplaats__goto', onclick: () => goTo(d) },
            t(lang, 'own.where', { line: d.line, column: d.column }),
          ),
          ' ',
          h('span', { className: 'own-casus__code' }, `${t(lang, `own.severity.${d.severity}`)} ${d.code}`),
          ' ',
          h('span', { lang: 'nl' }, d.message),
          d.hint ? h('span', { lang: 'nl' }, ` — ${d.hint}`) : null,
        ),
      ),
    );
    showMap();
  };

  const check = async (text: string): Promise<readonly LocatedMessage[] | null> => {
    const outcome = await checks.run({ blob: new Blob([text], { type: 'text/yaml' }), file, routeMap: mapOpen });
    if (outcome.kind === 'cancelled') return null;
    if (outcome.kind !== 'done') {
      status.textContent =
        outcome.kind === 'timeout'
          ? t(lang, 'own.stopped.time', { file, seconds: Math.round(outcome.budgetMs / 1000) })
          : t(lang, 'own.stopped.failed', { file });
      return null;
    }
    last = { text, check: outcome.result };
    showCheck(outcome.result);
    return outcome.result.diagnostics;
  };

  let keepTimer: ReturnType<typeof setTimeout> | undefined;
  const keep = () => {
    clearTimeout(keepTimer);
    keepTimer = setTimeout(() => keepDraft(store, { file, text: view.state.doc.toString() }), 250);
  };
  const replaceText = (text: string, name: string) => {
    file = name;
    fileName.textContent = name;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 } });
    keepDraft(store, { file, text });
    view.focus();
  };

  /** The casus as last checked, when it has no errors and is the text in the editor now. */
  const playable = (): Scenario | null => {
    if (!last || last.text !== view.state.doc.toString() || !last.check.scenario) {
      say(tw(lang, 'notPlayable'));
      return null;
    }
    return last.check.scenario;
  };
  const playFromCursor = () => {
    const scenario = playable();
    if (!scenario) return;
    const line = view.state.doc.lineAt(view.state.selection.main.head).number - 1;
    const momentId = momentAtLine(view.state.doc.toString().split('\n'), line);
    if (!momentId) {
      say(tw(lang, 'noMoment'));
      return;
    }
    const steps = pathToMoment(scenario, momentId);
    const log = steps && steps.length > 0 ? logForRoute(scenario, steps) : null;
    if (!steps || (steps.length > 0 && !log)) {
      say(tw(lang, 'unreachable', { moment: momentId }));
      return;
    }
    close();
    onPlay(scenario, log);
  };
  const playFromStart = () => {
    const scenario = playable();
    if (!scenario) return;
    close();
    onPlay(scenario, null);
  };

  const view: EditorView = createYamlEditor({
    parent: editorSlot,
    text: initial,
    label: tw(lang, 'editorLabel'),
    check,
    onChange: () => {
      say(null);
      keep();
    },
  });
  const input = h('input', { type: 'file', id: 'werkplaats-open', hidden: true, accept: '.yaml,.yml,text/yaml' });
  input.addEventListener('change', () => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    void chosen.text().then((text) => replaceText(text, chosen.name));
    input.value = '';
  });
  const closeButton = h('button', { type: 'button', className: 'button button--quiet' }, tw(lang, 'close'));
  const dialog = h(
    'dialog',
    { className: 'werkplaats', 'aria-labelledby': 'werkplaats-heading' },
    h('div', { className: 'werkplaats__head' }, h('h2', { id: 'werkplaats-heading' }, tw(lang, 'heading'), ' ', fileName), closeButton),
    h('p', { className: 'muted werkplaats__keys' }, tw(lang, 'keys')),
    h(
      'div',
      { className: 'button-row werkplaats__tools' },
      h(
        'button',
        {
          type: 'button',
          className: 'button',
          onclick: () =>
            // The draft is kept nowhere else: replacing it asks first (Ctrl+Z would bring it back, but nothing says so).
            void loadTemplate().then((text) => {
              if (view.state.doc.toString() === text || window.confirm(tw(lang, 'replaceConfirm'))) replaceText(text, DEFAULT_FILE);
            }),
        },
        tw(lang, 'new'),
      ),
      h('button', { type: 'button', className: 'button', onclick: () => input.click() }, tw(lang, 'open')),
      input,
      h(
        'button',
        {
          type: 'button',
          className: 'button',
          onclick: () =>
            void saveToDisk(view.state.doc.toString(), file).then((name) => {
              if (name) say(tw(lang, 'saved', { file: name }));
            }),
        },
        tw(lang, 'save'),
      ),
      h('button', { type: 'button', className: 'button button--primary', onclick: playFromCursor }, tw(lang, 'playHere')),
      h('button', { type: 'button', className: 'button', onclick: playFromStart }, tw(lang, 'playStart')),
      mapButton,
    ),
    notice,
    h(
      'div',
      { className: 'werkplaats__body' },
      h('section', { className: 'werkplaats__code', 'aria-label': tw(lang, 'editorLabel'), tabIndex: 0 }, editorSlot),
      h(
        'section',
        { className: 'werkplaats__side', 'aria-labelledby': 'werkplaats-messages-heading', tabIndex: 0 },
        h('h3', { id: 'werkplaats-messages-heading' }, tw(lang, 'messages')),
        status,
        list,
      ),
    ),
    mapArea,
  );

  mapButton.addEventListener('click', () => {
    mapOpen = !mapOpen;
    mapArea.hidden = !mapOpen;
    mapButton.setAttribute('aria-expanded', String(mapOpen));
    // The checks while typing leave the route map out: ask for it now (the messages stay the same).
    if (mapOpen && last && !last.check.routeMap) void check(view.state.doc.toString());
    else showMap();
  });
  const close = () => dialog.close();
  closeButton.addEventListener('click', close);
  // Escape in the editor is CodeMirror's (Escape then Tab leaves it): it does not close the werkplaats.
  dialog.addEventListener('cancel', (event) => {
    if (editorSlot.contains(document.activeElement)) event.preventDefault();
  });
  dialog.addEventListener('close', () => {
    clearTimeout(keepTimer);
    keepDraft(store, { file, text: view.state.doc.toString() });
    checks.dispose();
    view.destroy();
    dialog.remove();
    opener?.focus({ preventScroll: true });
  });
  document.body.append(dialog);
  dialog.showModal();
  view.focus();
  return dialog;
}
