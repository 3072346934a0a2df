/** Names of the sound effects shipped in public/audio/<name>.wav. */
export type SoundName = 'receipt-line' | 'receipt-done' | 'select' | 'debrief';

/**
 * What the view layer needs from audio. The domain core never sees this;
 * implementations must never throw and never block on audio.
 */
export interface AudioPort {
  play(name: SoundName): void;
  setEnabled(enabled: boolean): void;
  readonly enabled: boolean;
}
