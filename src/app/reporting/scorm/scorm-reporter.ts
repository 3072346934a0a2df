import { VALUE_KEYS } from '../../../domain/scenario/model.ts';
import type { Clock } from '../../clock.ts';
import type { Report } from '../reports.ts';
import type { Reporter } from '../reporter.ts';
import type { LmsConnection } from './scorm-api.ts';
import { ELEMENTS, UNSTARTED, durationOf, timeOf } from './scorm-elements.ts';
import type { SessionEvent } from '../../../domain/session/events.ts';
import { SCORM12_SUSPEND_LIMIT, encodeSuspendData } from './suspend-data.ts';

/** The objectives the LMS keeps per learner: the three values and the balansscore, each 0–100. */
export const OBJECTIVES = [...VALUE_KEYS, 'balans'] as const;

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * Writes the resume state; false when it is longer than SCORM 1.2 allows. Then nothing is written: the LMS keeps the
 * last state that fitted (the browser's own save still has it all), and the caller tells the player.
 */
export function writeSuspendData(lms: LmsConnection, scenarioId: string, log: readonly SessionEvent[]): boolean {
  const data = encodeSuspendData(scenarioId, log);
  const fits = lms.kind === 'scorm2004' || data.length <= SCORM12_SUSPEND_LIMIT;
  if (fits) lms.set('cmi.suspend_data', data);
  lms.commit();
  return fits;
}

export interface ScormReporterOptions {
  /** The resume state no longer fits the LMS (said once per page). */
  readonly onSuspendTooLong?: () => void;
}

/**
 * Reports to a SCORM LMS: each choice as a `choice` interaction (id `<casus>.<moment>`, response = option id,
 * linked to the three value objectives; in 2004 its description holds the value deltas and the kassabon total),
 * resume state in suspend_data, and on completion the status, the score (the balansscore: raw 0–100, scaled
 * balans/100 in 2004) and the four objectives with their scores. A refused call is the LMS's problem, never
 * the player's: the game plays on.
 */
export function scormReporter(lms: LmsConnection, clock: Clock, { onSuspendTooLong }: ScormReporterOptions = {}): Reporter {
  const el = ELEMENTS[lms.kind];
  let tooLongSaid = false;
  const started = clock.now().getTime();
  let interactions = Number.parseInt(lms.get('cmi.interactions._count'), 10) || 0;
  let completed = lms.get(el.status) === 'completed';
  let finished = false;
  if (UNSTARTED.has(lms.get(el.status))) lms.set(el.status, 'incomplete');
  lms.commit();

  const setObjective = (index: number, id: string, raw: number) => {
    const base = `cmi.objectives.${index}`;
    lms.set(`${base}.id`, id);
    if (lms.kind === 'scorm2004') lms.set(`${base}.score.scaled`, String(raw / 100));
    lms.set(`${base}.score.min`, '0');
    lms.set(`${base}.score.max`, '100');
    lms.set(`${base}.score.raw`, String(raw));
    lms.set(`${base}.${el.objectiveStatus}`, 'completed');
  };

  const report = (report: Report) => {
    switch (report.type) {
      case 'choice.made': {
        const base = `cmi.interactions.${interactions++}`;
        lms.set(`${base}.id`, `${report.casusId}.${report.momentId}`);
        lms.set(`${base}.type`, 'choice');
        VALUE_KEYS.forEach((key, i) => lms.set(`${base}.objectives.${i}.id`, key));
        lms.set(`${base}.${el.time}`, timeOf(lms.kind, clock.now()));
        lms.set(`${base}.${el.response}`, report.optionId);
        lms.set(`${base}.result`, 'neutral');
        if (lms.kind === 'scorm2004') {
          const deltas = VALUE_KEYS.map((key) => `${key} ${signed(report.values[key])}`).join('; ');
          lms.set(`${base}.description`, `${deltas}; kassabon ${report.totalCents} cent`);
        }
        break;
      }
      case 'casus.completed': {
        OBJECTIVES.forEach((id, i) => setObjective(i, id, report.scores[id]));
        if (lms.kind === 'scorm2004') lms.set('cmi.score.scaled', String(report.scores.balans / 100));
        lms.set(el.scoreMin, '0');
        lms.set(el.scoreMax, '100');
        lms.set(el.scoreRaw, String(report.scores.balans));
        lms.set(el.status, 'completed');
        completed = true;
        lms.commit();
        break;
      }
      case 'progress.changed': {
        if (!writeSuspendData(lms, report.casusId, report.log) && !tooLongSaid) {
          tooLongSaid = true;
          onSuspendTooLong?.();
        }
        break;
      }
      default:
        break;
    }
  };

  return {
    name: `SCORM ${lms.kind === 'scorm12' ? '1.2' : '2004'}`,
    report,
    close: () => {
      if (finished) return;
      finished = true;
      lms.set(el.exit, completed ? (lms.kind === 'scorm12' ? '' : 'normal') : 'suspend');
      lms.set(el.sessionTime, durationOf(lms.kind, clock.now().getTime() - started));
      lms.commit();
      lms.finish();
    },
  };
}
