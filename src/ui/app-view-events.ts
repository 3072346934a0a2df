import type { Lang } from '../domain/scenario/text.ts';

/** A file the player chose, to be checked (its name is shown while it is). */
export interface FileToCheck {
  readonly blob: Blob;
  readonly name: string;
}

/** Sounds the view asks for. */
export type SoundCue = 'select' | 'receipt-done';

/** What the view reports of what the player does: the app machine's events (the view never reads the app's state back). */
export type AppViewEvent =
  | { type: 'language.changed'; lang: Lang }
  | { type: 'sound.toggled' }
  | { type: 'sound.cue'; sound: SoundCue }
  | { type: 'casus.open'; scenarioId: string; resume: boolean }
  | { type: 'casus.close' }
  /** From a casus played from the werkplaats, straight back to it. */
  | { type: 'werkplaats.return' }
  | { type: 'notice.dismissed' }
  | { type: 'own.file'; file: FileToCheck }
  | { type: 'own.play' }
  | { type: 'tariffs.chosen'; id: string }
  | { type: 'tariffs.file'; file: FileToCheck }
  | { type: 'themes.changed'; themes: readonly string[] }
  | { type: 'intro.dismissed' }
  /** Another tab changed the open casus's progress: load that, or keep this tab's. */
  | { type: 'otherTab.load' }
  | { type: 'otherTab.keep' }
  | { type: 'lrsInfo.dismissed' }
  | { type: 'lrsRefused.dismissed' }
  | { type: 'launchNotice.dismissed' };
