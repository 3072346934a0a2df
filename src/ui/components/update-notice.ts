import type { Lang } from '../../domain/scenario/text.ts';
import { t } from '../../i18n/index.ts';
import { h, replaceChildren } from '../dom.ts';

export interface UpdateNoticeProps {
  readonly lang: Lang;
  /** The button was pressed: the new version is starting and the page reloads by itself. */
  readonly updating: boolean;
  readonly onUpdate: () => void;
  readonly onLater: () => void;
}

/** A new version of the game is ready: said calmly, with a button to switch now and one to stay. `null` clears it. */
export function renderUpdateNotice(container: HTMLElement, props: UpdateNoticeProps | null): void {
  if (!props) {
    replaceChildren(container);
    return;
  }
  const { lang } = props;
  replaceChildren(
    container,
    h(
      'div',
      { className: 'app-notice', 'data-notice': 'update' },
      h('p', {}, t(lang, props.updating ? 'update.updating' : 'update.ready')),
      props.updating
        ? null
        : h(
            'div',
            { className: 'button-row' },
            h('button', { type: 'button', className: 'button button--primary', onclick: props.onUpdate }, t(lang, 'update.now')),
            h('button', { type: 'button', className: 'button', onclick: props.onLater }, t(lang, 'update.later')),
          ),
    ),
  );
}
