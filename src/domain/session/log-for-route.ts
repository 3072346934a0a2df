import { initialTransition, transition } from 'xstate';
import type { Step } from '../play/route.ts';
import type { Scenario } from '../scenario/model.ts';
import type { SessionEvent } from './events.ts';
import { sessionMachine } from './session-machine.ts';

/**
 * The event log of a player who takes `steps` and reads each consequence, so that the session (or a save of this
 * log) stands at the next decision: "speel vanaf hier" in the werkplaats. Built through the machine's own pure
 * transitions, so it replays exactly; null when a step cannot be taken.
 */
export function logForRoute(scenario: Scenario, steps: readonly Step[]): SessionEvent[] | null {
  let [snapshot] = initialTransition(sessionMachine, { scenario, lineDelayMs: 0 });
  const take = (event: SessionEvent): boolean => {
    if (!snapshot.can(event)) return false;
    [snapshot] = transition(sessionMachine, snapshot, event);
    return true;
  };
  if (!take({ type: 'casus.begin' })) return null;
  for (const step of steps) {
    if (snapshot.context.momentId !== step.momentId || !take({ type: 'choice.selected', optionId: step.optionId })) return null;
    if (snapshot.matches('revealing') && !take({ type: 'kassabon.revealed' })) return null;
    if (!take({ type: 'moment.continue' })) return null;
  }
  return snapshot.matches('deciding') ? [...snapshot.context.log] : null;
}
