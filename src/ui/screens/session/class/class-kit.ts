import { ClassTimer } from './class-timer.ts';
import { classDecidingView, classMomentResult } from './class-views.ts';
import { facilitatorNotes } from './facilitator-notes.ts';

/**
 * Everything class mode and the trainer view add to the session screen, in one chunk that loads only when the
 * link asks for one of those modes: players do not download it before their menu.
 */
export const classKit = {
  decidingView: classDecidingView,
  momentResult: classMomentResult,
  notes: facilitatorNotes,
  timer: (onEnd: () => void) => new ClassTimer({ onEnd }),
};

export type ClassKit = typeof classKit;
