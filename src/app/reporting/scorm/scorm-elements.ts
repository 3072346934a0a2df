import type { LmsKind } from '../../launch-params.ts';

/** Where SCORM 1.2 and SCORM 2004 (4th ed.) keep the same thing: one table instead of ifs in the reporter. */
export const ELEMENTS = {
  scorm12: {
    status: 'cmi.core.lesson_status',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    response: 'student_response',
    time: 'time',
    objectiveStatus: 'status',
  },
  scorm2004: {
    status: 'cmi.completion_status',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    response: 'learner_response',
    time: 'timestamp',
    objectiveStatus: 'completion_status',
  },
} as const satisfies Record<LmsKind, Record<string, string>>;

/** Statuses that mean "nothing recorded yet" in either version. */
export const UNSTARTED = new Set(['', 'not attempted', 'unknown']);

/** SCORM 1.2 time of day (HH:MM:SS) or SCORM 2004 timestamp (ISO 8601). */
export function timeOf(kind: LmsKind, date: Date): string {
  return kind === 'scorm12' ? date.toISOString().slice(11, 19) : date.toISOString();
}

/** SCORM 1.2 timespan (HHHH:MM:SS) or SCORM 2004 duration (PT#H#M#S). */
export function durationOf(kind: LmsKind, milliseconds: number): string {
  const total = Math.max(0, Math.round(milliseconds / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  if (kind === 'scorm2004') return `PT${h}H${m}M${s}S`;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
