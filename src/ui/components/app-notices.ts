import type { Lang } from '../../domain/scenario/text.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../../i18n/index.ts';
import { LAUNCH_NOTICE_TEXTS, type LaunchNotice } from '../notices.ts';

export interface AppNoticesProps {
  readonly lang: Lang;
  /** The browser refused to store: progress and settings last only as long as this page. */
  readonly storageFailed: boolean;
  /** Another tab changed the progress of the open casus; this tab stopped saving until the player decides. */
  readonly otherTab: boolean;
  /** The trainer's LRS cannot be reached right now: results wait in this browser and go out later. */
  readonly lrsWaiting: boolean;
  /** A trainer's LRS receives this trainee's choices (pseudonymous): said once, until the trainee has read it. */
  readonly lrsInfo: { readonly classCode?: string } | null;
  /** The link named another LRS than the school's without its own key: nothing is sent. */
  readonly lrsRefused: boolean;
  readonly launchNotice: LaunchNotice | null;
  /** The LMS can no longer keep the whole resume state (SCORM 1.2 keeps 4096 characters); this browser still does. */
  readonly lmsFull: boolean;
  readonly onLoadOther: () => void;
  readonly onKeepHere: () => void;
  readonly onDismissLaunch: () => void;
  readonly onDismissLrsInfo: () => void;
  readonly onDismissLrsRefused: () => void;
}

/** Notices that stand above every screen until their cause is gone. Calm: a status, never an alert. */
export function renderAppNotices(container: HTMLElement, props: AppNoticesProps): void {
  const { lang } = props;
  replaceChildren(
    container,
    props.storageFailed ? h('p', { className: 'app-notice', 'data-notice': 'storage' }, t(lang, 'storage.failed')) : null,
    props.lrsInfo
      ? h(
          'div',
          { className: 'app-notice', 'data-notice': 'lrs-info' },
          h('p', {}, props.lrsInfo.classCode ? t(lang, 'lrs.infoClass', { klas: props.lrsInfo.classCode }) : t(lang, 'lrs.info')),
          h(
            'div',
            { className: 'button-row' },
            h('button', { type: 'button', className: 'button', onclick: props.onDismissLrsInfo }, t(lang, 'notice.dismiss')),
          ),
        )
      : null,
    props.lrsRefused
      ? h(
          'div',
          { className: 'app-notice', 'data-notice': 'lrs-refused' },
          h('p', {}, t(lang, 'lrs.refused')),
          h(
            'div',
            { className: 'button-row' },
            h('button', { type: 'button', className: 'button', onclick: props.onDismissLrsRefused }, t(lang, 'notice.dismiss')),
          ),
        )
      : null,
    props.lrsWaiting ? h('p', { className: 'app-notice', 'data-notice': 'lrs' }, t(lang, 'lrs.waiting')) : null,
    props.lmsFull ? h('p', { className: 'app-notice', 'data-notice': 'lms-full' }, t(lang, 'lms.full')) : null,
    props.otherTab
      ? h(
          'div',
          { className: 'app-notice', 'data-notice': 'other-tab' },
          h('p', {}, t(lang, 'tabs.changed')),
          h(
            'div',
            { className: 'button-row' },
            h('button', { type: 'button', className: 'button button--primary', onclick: props.onLoadOther }, t(lang, 'tabs.loadOther')),
            h('button', { type: 'button', className: 'button', onclick: props.onKeepHere }, t(lang, 'tabs.keepHere')),
          ),
        )
      : null,
    props.launchNotice
      ? h(
          'div',
          { className: 'app-notice', 'data-notice': 'launch' },
          h('p', {}, t(lang, LAUNCH_NOTICE_TEXTS[props.launchNotice])),
          h(
            'div',
            { className: 'button-row' },
            h('button', { type: 'button', className: 'button', onclick: props.onDismissLaunch }, t(lang, 'notice.dismiss')),
          ),
        )
      : null,
  );
}
