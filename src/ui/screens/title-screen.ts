import type { SaveStatus } from '../../app/session-controller.ts';
import { pick, type Lang } from '../../domain/scenario/text.ts';
import type { Scenario } from '../../domain/scenario/model.ts';
import { h } from '../dom.ts';
import { t } from '../../i18n/index.ts';

export interface TitleProps {
  readonly lang: Lang;
  readonly scenarios: readonly Scenario[];
  readonly saves: ReadonlyMap<string, SaveStatus>;
  readonly notice: 'corrupt' | 'outdated' | null;
  readonly stage: HTMLElement;
  readonly onOpen: (scenarioId: string, resume: boolean) => void;
  readonly onDismissNotice: () => void;
}

function casusCard(scenario: Scenario, save: SaveStatus | undefined, props: TitleProps): HTMLElement {
  const { lang } = props;
  const headingId = `casus-${scenario.id}`;
  const resumable = save?.kind === 'resumable';
  const actions = resumable
    ? h('div', { className: 'casus-card__resume', role: 'group', 'aria-labelledby': `${headingId}-resume` },
        h('p', { id: `${headingId}-resume` }, t(lang, save.finished ? 'title.finishedQuestion' : 'title.resumeQuestion'),
          save.finished ? null : h('span', { className: 'casus-card__where' }, `${t(lang, 'session.decision', { n: save.decision })} · ${t(lang, 'session.month', { month: save.month })}`)),
        h('div', { className: 'button-row' },
          h('button', { type: 'button', className: 'button button--primary', 'data-autofocus': true, onclick: () => props.onOpen(scenario.id, true) }, t(lang, save.finished ? 'title.review' : 'title.resume')),
          h('button', { type: 'button', className: 'button', onclick: () => props.onOpen(scenario.id, false) }, t(lang, save.finished ? 'title.playAgain' : 'title.restart'))))
    : h('button', { type: 'button', className: 'button button--primary', id: `start-${scenario.id}`, onclick: () => props.onOpen(scenario.id, false) }, t(lang, 'title.start'));
  return h('li', {},
    h('article', { className: 'casus-card', 'aria-labelledby': headingId },
      h('h3', { id: headingId }, pick(scenario.title, lang)),
      h('p', {}, pick(scenario.summary, lang)),
      h('p', { className: 'casus-card__meta' },
        t(lang, 'title.horizon', { months: scenario.horizonMonths }), ' · ',
        t(lang, 'title.source', { title: scenario.source.title })),
      actions));
}

function notice(props: TitleProps): HTMLElement | null {
  if (!props.notice) return null;
  return h('div', { className: 'notice', role: 'alert' },
    h('p', {}, t(props.lang, props.notice === 'corrupt' ? 'notice.corrupt' : 'notice.outdated')),
    h('button', { type: 'button', className: 'button', onclick: props.onDismissNotice }, t(props.lang, 'notice.dismiss')));
}

export function renderTitleScreen(props: TitleProps): HTMLElement {
  const { lang } = props;
  const stageSlot = h('div', { className: 'stage-slot stage-slot--hero' });
  stageSlot.append(props.stage);
  return h('div', { className: 'screen title-screen' },
    h('section', { className: 'title-hero', 'aria-labelledby': 'title-heading' },
      h('h1', { id: 'title-heading', 'data-focus-on-show': true }, t(lang, 'app.title')),
      h('p', { className: 'lead' }, t(lang, 'app.tagline')),
      stageSlot),
    h('div', { className: 'title-side' },
      notice(props),
      h('section', { 'aria-labelledby': 'casus-heading' },
        h('h2', { id: 'casus-heading' }, t(lang, 'title.casusHeading')),
        h('ul', { className: 'casus-list' }, ...props.scenarios.map((s) => casusCard(s, props.saves.get(s.id), props)))),
      h('section', { className: 'how', 'aria-labelledby': 'how-heading' },
        h('h2', { id: 'how-heading' }, t(lang, 'title.howHeading')),
        h('ol', {}, h('li', {}, t(lang, 'title.how1')), h('li', {}, t(lang, 'title.how2')), h('li', {}, t(lang, 'title.how3')))),
      h('p', { className: 'privacy' }, t(lang, 'title.privacy'))));
}
