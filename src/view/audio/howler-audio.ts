import { Howl, Howler } from 'howler';
import type { AudioPort, SoundName } from './audio-port';

export interface HowlerAudioOptions {
  /** App base URL, normally `import.meta.env.BASE_URL` ('./' in our build). */
  baseUrl: string;
  enabled: boolean;
  /** Called once per sound when it loads or fails, so a progress bar always completes. */
  onProgress?: (loaded: number, total: number) => void;
}

// A Record keeps this list exhaustive when SoundName grows.
const SOUND_FILES: Record<SoundName, true> = {
  'receipt-line': true,
  'receipt-done': true,
  select: true,
  debrief: true,
};
const SOUND_NAMES = Object.keys(SOUND_FILES) as SoundName[];

interface SoundSlot {
  howl: Howl | null;
  settled: boolean;
  failed: boolean;
  warned: boolean;
  unlockRetried: boolean;
}

/** Howler-backed audio. Blocked or missing audio is skipped silently (one console.warn per sound). */
export function createHowlerAudio(options: HowlerAudioOptions): AudioPort {
  let enabled = options.enabled;
  let settledCount = 0;
  const total = SOUND_NAMES.length;
  const slots = new Map<SoundName, SoundSlot>();

  const warnOnce = (name: SoundName, slot: SoundSlot, what: string, error: unknown): void => {
    if (slot.warned) return;
    slot.warned = true;
    console.warn(`[audio] ${what} for "${name}", continuing without it:`, error);
  };

  const settle = (slot: SoundSlot): void => {
    if (slot.settled) return;
    slot.settled = true;
    settledCount += 1;
    try {
      options.onProgress?.(settledCount, total);
    } catch {
      // A broken progress callback must not break audio loading.
    }
  };

  const fail = (name: SoundName, slot: SoundSlot, error: unknown): void => {
    slot.failed = true;
    warnOnce(name, slot, 'could not load sound', error);
    settle(slot);
  };

  const tryPlay = (name: SoundName, slot: SoundSlot): void => {
    if (!enabled || slot.failed || slot.howl === null) return;
    try {
      slot.howl.play();
    } catch (error) {
      warnOnce(name, slot, 'could not play sound', error);
    }
  };

  const setMuted = (muted: boolean): void => {
    try {
      Howler.mute(muted);
    } catch {
      // No audio system available: nothing to mute.
    }
  };

  setMuted(!enabled);

  for (const name of SOUND_NAMES) {
    const slot: SoundSlot = { howl: null, settled: false, failed: false, warned: false, unlockRetried: false };
    slots.set(name, slot);
    try {
      slot.howl = new Howl({
        src: [`${options.baseUrl}audio/${name}.wav`],
        format: ['wav'],
        preload: true,
        html5: false,
        onload: () => settle(slot),
        onloaderror: (_id, error) => fail(name, slot, error),
        onplayerror: (_id, error) => {
          if (slot.unlockRetried || slot.howl === null) {
            warnOnce(name, slot, 'could not play sound', error);
            return;
          }
          // Autoplay blocked: retry once when Howler unlocks audio on the first user gesture.
          slot.unlockRetried = true;
          slot.howl.once('unlock', () => tryPlay(name, slot));
        },
      });
    } catch (error) {
      fail(name, slot, error);
    }
  }

  return {
    play(name: SoundName): void {
      const slot = slots.get(name);
      if (slot !== undefined) tryPlay(name, slot);
    },
    setEnabled(next: boolean): void {
      enabled = next;
      setMuted(!next);
    },
    get enabled(): boolean {
      return enabled;
    },
  };
}

/** No-op audio for when sound is off, or in tests. */
export function createSilentAudio(): AudioPort {
  let enabled = false;
  return {
    play(): void {},
    setEnabled(next: boolean): void {
      enabled = next;
    },
    get enabled(): boolean {
      return enabled;
    },
  };
}
