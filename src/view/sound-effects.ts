import type { Actor } from 'xstate';
import type { SessionMachine } from '../domain/session/session-machine.ts';
import type { AudioPort } from './audio/audio-port.ts';

/** Plays the receipt and debrief sounds on the session's emitted events; returns the unsubscribe. */
export function bindSessionSounds(actor: Pick<Actor<SessionMachine>, 'on'>, audio: AudioPort): () => void {
  const subscriptions = [
    actor.on('kassabon.line-printed', () => audio.play('receipt-line')),
    actor.on('kassabon.printed', () => audio.play('receipt-done')),
    actor.on('casus.completed', () => audio.play('debrief')),
  ];
  return () => subscriptions.forEach((s) => s.unsubscribe());
}
