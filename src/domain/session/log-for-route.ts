import type { Step } from '../play/route.ts';
import type { Scenario } from '../scenario/model.ts';
import type { SessionEvent } from './events.ts';
import { replayer } from './replayer.ts';

/**
 * The event log of a player who takes `steps` and reads each consequence, so that the session (or a save of this
 * log) stands at the next decision: "speel vanaf hier" in the werkplaats. Built through the session machine itself
 * (replayer.ts), so it replays exactly; null when a step cannot be taken.
 */
export function logForRoute(scenario: Scenario, steps: readonly Step[]): SessionEvent[] | null {
  const session = replayer(scenario);
  const at = () => session.snapshot();
  if (!session.take({ type: 'casus.begin' })) return null;
  for (const step of steps) {
    if (at().context.momentId !== step.momentId || !session.take({ type: 'choice.selected', optionId: step.optionId })) return null;
    if (at().matches('revealing') && !session.take({ type: 'kassabon.revealed' })) return null;
    if (!session.take({ type: 'moment.continue' })) return null;
  }
  return at().matches('deciding') ? [...at().context.log] : null;
}
