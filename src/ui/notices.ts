import type { MessageKey } from '../i18n/index.ts';

/**
 * What the player is told once, on the title screen, and its text: the one list of notices (the app machine's
 * `Notice` is this). newer: a save made by a newer build, kept; setAside: a stored entry that did not read was set
 * aside; lmsAhead / browserAhead: the LMS's resume state and this browser's save differed and the further one is used.
 */
export const NOTICE_TEXTS = {
  corrupt: 'notice.corrupt',
  outdated: 'notice.outdated',
  newer: 'notice.newer',
  setAside: 'notice.setAside',
  lmsAhead: 'notice.lmsAhead',
  browserAhead: 'notice.browserAhead',
  unavailable: 'notice.unavailable',
  elsewhere: 'notice.elsewhere',
  link: 'notice.link',
  lms: 'notice.lms',
} as const satisfies Record<string, MessageKey>;

export type Notice = keyof typeof NOTICE_TEXTS;

/**
 * The notices said above a casus a launch link opened directly, where the title is never seen: a part of the link it
 * could not honour (in words that say the casus opens anyway), the LMS it did not find, or that the LMS's resume
 * state and this browser's save differed (and which one is used).
 */
export const LAUNCH_NOTICE_TEXTS = {
  link: 'notice.linkPart',
  lms: 'notice.lms',
  lmsAhead: 'notice.lmsAhead',
  browserAhead: 'notice.browserAhead',
} as const satisfies Partial<Record<Notice, MessageKey>>;

export type LaunchNotice = keyof typeof LAUNCH_NOTICE_TEXTS;
