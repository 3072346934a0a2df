import type { Actor } from 'xstate';
import { phaseOf } from '../domain/session/selectors.ts';
import type { SessionMachine } from '../domain/session/session-machine.ts';
import type { AudioPort } from './audio/audio-port.ts';

/** Plays the receipt and debrief sounds from session snapshots; returns the unsubscribe. */
export function bindSessionSounds(actor: Actor<SessionMachine>, audio: AudioPort): () => void {
  let printed = actor.getSnapshot().context.printed;
  let phase = phaseOf(actor.getSnapshot().value);
  const subscription = actor.subscribe((snapshot) => {
    const nextPhase = phaseOf(snapshot.value);
    const nextPrinted = snapshot.context.printed;
    if (nextPhase === 'revealing' && nextPrinted > printed) audio.play('receipt-line');
    if (phase === 'revealing' && nextPhase === 'consequence') audio.play('receipt-done');
    if (phase !== 'debrief' && nextPhase === 'debrief') audio.play('debrief');
    printed = nextPrinted;
    phase = nextPhase;
  });
  return () => subscription.unsubscribe();
}
