import { withTimeout } from './asset-progress.ts';
import type { StageState } from '../view/stage-state.ts';
import type { Feed } from '../view/stage-state.ts';

export function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${error.stack ?? ''}`;
  return String(error);
}

/** Any error the page does not catch ends on the error screen. */
export function catchPageErrors(fail: (error: unknown) => void): void {
  window.addEventListener('error', (event) => {
    // Benign browser notice, not an error in the game.
    if (/ResizeObserver loop/.test(event.message)) return;
    fail(event.error ?? event.message);
  });
  window.addEventListener('unhandledrejection', (event) => fail(event.reason));
}

/** Both Atkinson weights, or the system font after 3 s: a font that fails to load is no reason to stop. */
export function loadFonts(): Promise<unknown> {
  if (!document.fonts) return Promise.resolve();
  return withTimeout(
    Promise.all(['400 1em "Atkinson Hyperlegible"', '700 1em "Atkinson Hyperlegible"'].map((font) => document.fonts.load(font))),
    3000,
  ).catch(() => undefined);
}

/** The engine loads after the title is up, so the first usable screen does not wait for (or compete with) it. */
export function startStage(stage: HTMLElement, feed: Feed<StageState>, reducedMotion: boolean): Promise<void> {
  return import('../view/phaser/start-game.ts')
    .then(({ startStage: start }) => {
      start({
        parent: stage,
        feed,
        reducedMotion,
        onFirstFrame: () => performance.mark('app:first-phaser-frame'),
        onFailure: (error) => {
          console.warn('The illustration stopped; the game goes on without it', error);
          stage.classList.add('stage--off');
        },
      });
    })
    .catch((error: unknown) => {
      // Without the engine the game still plays: the stage is decoration, all content is DOM.
      console.warn('Illustrations could not be loaded', error);
      stage.classList.add('stage--off');
    });
}
