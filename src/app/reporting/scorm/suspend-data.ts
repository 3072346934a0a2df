import { MAX_ORDER_SEED } from '../../../domain/play/choice-order.ts';
import type { SessionEvent } from '../../../domain/session/events.ts';

/** SCORM 1.2 allows 4096 characters of suspend_data (SCORM 2004: 64000); the save must fit the smaller. */
export const SCORM12_SUSPEND_LIMIT = 4096;

const PREFIX = 'k1';
const TOKENS = { 'casus.begin': 'b', 'kassabon.revealed': 'r', 'moment.continue': 'c' } as const;
const EVENTS: Record<string, SessionEvent> = {
  b: { type: 'casus.begin' },
  r: { type: 'kassabon.revealed' },
  c: { type: 'moment.continue' },
};
const ID = /^[a-z0-9][a-z0-9_~-]*$/;

/**
 * A save as one short line: `k1:<casus>:b.*optie.r.c.*optie.c…` — the event log of the session with one letter per
 * event and the option id for a choice (ids are `[a-z0-9_~-]` — `~` joins an argued option and its argument — so `.`, `*` and `:` never occur in them).
 * It decodes without the casus loaded, so the title screen can offer "resume" straight from the LMS.
 */
export function encodeSuspendData(scenarioId: string, log: readonly SessionEvent[]): string {
  const tokens = log.flatMap((event) => {
    if (event.type === 'choice.selected') return [`*${event.optionId}`];
    // Restarting and branching are never in a log that is saved: the log is cut instead.
    if (event.type === 'session.restart' || event.type === 'session.branch') return [];
    // The attempt's option-order seed rides on its begin token: b, or b<seed in base 36>.
    if (event.type === 'casus.begin' && event.order !== undefined) return [`${TOKENS['casus.begin']}${event.order.toString(36)}`];
    return [TOKENS[event.type]];
  });
  return `${PREFIX}:${scenarioId}:${tokens.join('.')}`;
}

/** The casus and log in suspend_data, or null for anything this build did not write (it is then left alone). */
export function decodeSuspendData(data: string): { readonly scenarioId: string; readonly log: readonly SessionEvent[] } | null {
  const [prefix, scenarioId, body, ...rest] = data.split(':');
  if (prefix !== PREFIX || scenarioId === undefined || body === undefined || rest.length > 0 || !ID.test(scenarioId)) return null;
  const log: SessionEvent[] = [];
  for (const token of body === '' ? [] : body.split('.')) {
    if (token.startsWith('*') && ID.test(token.slice(1))) log.push({ type: 'choice.selected', optionId: token.slice(1) });
    else if (EVENTS[token]) log.push(EVENTS[token]);
    else if (/^b[0-9a-z]{1,7}$/.test(token) && parseInt(token.slice(1), 36) <= MAX_ORDER_SEED)
      log.push({ type: 'casus.begin', order: parseInt(token.slice(1), 36) });
    else return null;
  }
  return { scenarioId, log };
}
