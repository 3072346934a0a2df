import type { AudioPort, SoundName } from './audio-port';

export interface DeferredAudio extends AudioPort {
  /** Starts loading the real audio (its library and its sounds); safe to call more than once. */
  load(): void;
}

/**
 * Audio whose library and sounds load only when asked (after the menu is usable), so they never compete with
 * the first screen. Until then a sound is simply not played, as when audio is blocked; the on/off setting is
 * kept and handed over.
 */
export function createDeferredAudio(enabled: boolean, create: (enabled: boolean) => Promise<AudioPort>): DeferredAudio {
  let real: AudioPort | null = null;
  let wanted = enabled;
  let started = false;
  return {
    load(): void {
      if (started) return;
      started = true;
      create(wanted).then(
        (port) => {
          real = port;
          port.setEnabled(wanted);
        },
        (error: unknown) => console.warn('[audio] sounds could not be loaded; the game goes on without them', error),
      );
    },
    play(name: SoundName): void {
      real?.play(name);
    },
    setEnabled(next: boolean): void {
      wanted = next;
      real?.setEnabled(next);
    },
    get enabled(): boolean {
      return wanted;
    },
  };
}
