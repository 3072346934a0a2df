import * as Phaser from 'phaser';
import type { Feed, StageState } from '../stage-state.ts';

export const STAGE_DRAW_ERROR = 'stage.draw-error';

/** What every stage scene receives as init data. */
export interface StageSceneData {
  readonly feed: Feed<StageState>;
  readonly reducedMotion: boolean;
}

/** The stage's own coordinates: scenes draw in a 960×540 world, whatever the canvas's pixel size. */
export const STAGE_WIDTH = 960;
export const STAGE_HEIGHT = 540;

/**
 * Canvas pixels per stage unit: the device pixel ratio (½ steps, 1 to 3), so a high-density screen gets a
 * backing store as sharp as its pixels instead of an enlarged 960×540 picture.
 */
export function stageZoom(devicePixelRatio: number): number {
  return Math.min(3, Math.max(1, Math.round((devicePixelRatio || 1) * 2) / 2));
}

/** What every stage scene shares: the feed it draws and whether to animate. */
export abstract class StageScene extends Phaser.Scene {
  protected feed!: Feed<StageState>;
  protected reducedMotion = false;

  init(data: StageSceneData): void {
    this.feed = data.feed;
    this.reducedMotion = data.reducedMotion;
    // The canvas is STAGE_WIDTH × zoom pixels wide: the camera shows the same 960×540 world, zoomed from the corner.
    this.cameras.main.setOrigin(0, 0).setZoom(this.scale.width / STAGE_WIDTH);
  }
}

export type StageOf<M extends StageState['mode']> = Extract<StageState, { mode: M }>;

/**
 * Calls `draw` with the current state and every later state of `mode`, until the scene shuts down
 * or is destroyed.
 * States of other modes are ignored: the director stops this scene when the mode changes, and the
 * feed may still deliver that change here after the scene is gone.
 */
export function watchStage<M extends StageState['mode']>(
  scene: Phaser.Scene,
  feed: Feed<StageState>,
  mode: M,
  draw: (state: StageOf<M>) => void,
): void {
  let alive = true;
  const deliver = (state: StageState) => {
    if (!alive || state.mode !== mode) return;
    try {
      draw(state as StageOf<M>);
    } catch (error) {
      // Drawing happens inside the app's render; report through the game so only the stage goes down.
      scene.game.events.emit(STAGE_DRAW_ERROR, error);
    }
  };
  const unsubscribe = feed.subscribe(deliver);
  const stop = () => {
    if (!alive) return;
    alive = false;
    unsubscribe();
    scene.events.off(Phaser.Scenes.Events.SHUTDOWN, stop);
    scene.events.off(Phaser.Scenes.Events.DESTROY, stop);
  };
  // Game.destroy() destroys running scenes without a SHUTDOWN, so listen for both.
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
  scene.events.once(Phaser.Scenes.Events.DESTROY, stop);
  deliver(feed.get());
}
