import { describe, expect, it } from 'vitest';
import type { AudioPort, SoundName } from '../../src/view/audio/audio-port.ts';
import { createDeferredAudio } from '../../src/view/audio/deferred-audio.ts';

function fakePort(enabled: boolean): AudioPort & { played: SoundName[]; enabledNow: boolean } {
  const port = {
    played: [] as SoundName[],
    enabledNow: enabled,
    play(name: SoundName) {
      port.played.push(name);
    },
    setEnabled(next: boolean) {
      port.enabledNow = next;
    },
    get enabled() {
      return port.enabledNow;
    },
  };
  return port;
}

describe('audio that loads after the menu', () => {
  it('loads nothing until asked, once, and plays only once loaded', async () => {
    let created = 0;
    let port: ReturnType<typeof fakePort> | null = null;
    const audio = createDeferredAudio(true, async (enabled) => {
      created += 1;
      port = fakePort(enabled);
      return port;
    });
    audio.play('select');
    expect(created).toBe(0);
    audio.load();
    audio.load();
    await Promise.resolve();
    await Promise.resolve();
    expect(created).toBe(1);
    audio.play('receipt-line');
    expect(port!.played).toEqual(['receipt-line']);
  });

  it('keeps the sound setting made before loading and hands it over', async () => {
    let port: ReturnType<typeof fakePort> | null = null;
    const audio = createDeferredAudio(true, async (enabled) => (port = fakePort(enabled)));
    audio.setEnabled(false);
    expect(audio.enabled).toBe(false);
    audio.load();
    await Promise.resolve();
    await Promise.resolve();
    expect(port!.enabledNow).toBe(false);
    audio.setEnabled(true);
    expect(port!.enabledNow).toBe(true);
  });
});
