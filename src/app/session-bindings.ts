import type { Reporter } from './reporting/reporter.ts';
import { bindReporting } from './reporting/reporter.ts';
import type { AppActor, SessionActor } from './app-machine.ts';
import { bindAttempts } from './attempt-store.ts';
import type { Clock } from './clock.ts';
import { bindSaving } from './session-saving.ts';
import type { KeyValueStore } from './storage.ts';
import type { AudioPort } from '../view/audio/audio-port.ts';
import { bindSessionSounds } from '../view/sound-effects.ts';

export interface SessionBindings {
  readonly store: KeyValueStore;
  readonly clock: Clock;
  readonly audio: AudioPort;
  readonly reporters: readonly Reporter[];
  /** Called with every snapshot of the session (the view draws it). */
  readonly onSnapshot: () => void;
  readonly onError: (error: unknown) => void;
}

/**
 * Follows the app's invoked session actor: saves, keeps attempts, plays sounds and reports on its emitted events,
 * and pauses or resumes saving when the app says so (another tab), for as long as that session lives.
 */
export function followSession(app: AppActor, { store, clock, audio, reporters, onSnapshot, onError }: SessionBindings): void {
  let current: SessionActor | null = null;
  let unbind = () => undefined as void;
  const bind = (session: SessionActor) => {
    const saving = bindSaving(session, store, clock);
    const unbinds = [
      saving.unbind,
      bindAttempts(session, store, clock),
      bindSessionSounds(session, audio),
      bindReporting(session, reporters),
    ];
    const subscriptions = [
      app.on('saving.paused', saving.pause),
      app.on('saving.resumed', saving.resume),
      session.subscribe({ next: onSnapshot, error: onError }),
    ];
    return () => {
      for (const stop of unbinds) stop();
      for (const subscription of subscriptions) subscription.unsubscribe();
    };
  };
  app.subscribe((snapshot) => {
    const child = (snapshot.children.session as SessionActor | undefined) ?? null;
    if (child === current) return;
    unbind();
    current = child;
    unbind = child ? bind(child) : () => undefined;
  });
}
