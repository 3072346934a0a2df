import * as Phaser from 'phaser';
import type { Feed, StageState } from '../stage-state.ts';
import { PAPER_CSS } from './palette.ts';
import { mayRest } from './rest.ts';
import { DebriefScene } from './scenes/debrief-scene.ts';
import { HouseholdScene } from './scenes/household-scene.ts';
import { WelcomeScene } from './scenes/welcome-scene.ts';
import { STAGE_DRAW_ERROR, STAGE_HEIGHT, STAGE_WIDTH, stageZoom, type StageSceneData } from './stage-context.ts';

export interface StartStageOptions {
  parent: HTMLElement;
  feed: Feed<StageState>;
  reducedMotion: boolean;
  onFirstFrame?: () => void;
  /** The stage is decoration: when it fails it is taken down, and play goes on without it. */
  onFailure?: (error: unknown) => void;
}

/** A game whose frame errors are reported instead of reaching the page's error handler. */
class StageGame extends Phaser.Game {
  onFrameError: (error: unknown) => void = () => undefined;

  override step(time: number, delta: number): void {
    try {
      super.step(time, delta);
    } catch (error) {
      this.onFrameError(error);
    }
  }
}

export interface StageHandle {
  destroy(): void;
}

// Keys are spelled out (not Class.name) because minification renames classes.
const SCENES = {
  welcome: { key: WelcomeScene.KEY, scene: WelcomeScene },
  household: { key: HouseholdScene.KEY, scene: HouseholdScene },
  debrief: { key: DebriefScene.KEY, scene: DebriefScene },
} as const satisfies Record<StageState['mode'], { key: string; scene: typeof Phaser.Scene }>;

/** The decorative Phaser stage: draws the feed's state, one scene per mode. */
export function startStage({ parent, feed, reducedMotion, onFirstFrame, onFailure }: StartStageOptions): StageHandle {
  const zoom = stageZoom(window.devicePixelRatio);
  const game = new StageGame({
    type: Phaser.AUTO,
    parent,
    width: STAGE_WIDTH * zoom,
    height: STAGE_HEIGHT * zoom,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    backgroundColor: PAPER_CSS,
    audio: { noAudio: true },
    banner: false,
    render: { antialias: true },
    // The canvas is decorative: it must not take pointer, touch or key events from the DOM above it.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
  });

  let destroyed = false;
  let unsubscribe = () => {};
  let current: string | null = null;
  const data: StageSceneData = { feed, reducedMotion };

  const handle: StageHandle = {
    destroy() {
      if (destroyed) return;
      destroyed = true;
      unsubscribe();
      game.destroy(true);
    },
  };
  const fail = (error: unknown) => {
    if (destroyed) return;
    handle.destroy();
    onFailure?.(error);
  };
  game.onFrameError = fail;
  game.events.on(STAGE_DRAW_ERROR, fail);

  // Draw on demand: the loop sleeps once nothing moves, and wakes for every new state.
  let framesSinceChange = 0;
  let wakes = 0;
  const wake = () => {
    framesSinceChange = 0;
    if (parent.dataset.resting !== 'false') {
      // For tests and the benchmark: whether the stage rests, and how often it woke.
      wakes += 1;
      parent.dataset.wakes = String(wakes);
      parent.dataset.resting = 'false';
    }
    game.loop.wake();
  };
  const restIfStill = () => {
    framesSinceChange += 1;
    const tweens = game.scene.getScenes(true).reduce((n, scene) => n + scene.tweens.getTweens().length, 0);
    if (!mayRest(tweens, framesSinceChange)) return;
    game.loop.sleep();
    parent.dataset.resting = 'true';
  };

  const direct = (state: StageState) => {
    wake();
    const key = SCENES[state.mode].key;
    if (key === current) return;
    if (current) game.scene.stop(current);
    current = key;
    game.scene.start(key, data);
  };

  game.events.once(Phaser.Core.Events.READY, () => {
    try {
      onReady();
    } catch (error) {
      fail(error);
    }
  });

  const onReady = () => {
    if (destroyed) return;
    game.canvas.setAttribute('aria-hidden', 'true');
    for (const { key, scene } of Object.values(SCENES)) game.scene.add(key, scene, false);

    let created = false;
    const first = SCENES[feed.get().mode].key;
    game.scene.getScene(first)?.events.once(Phaser.Scenes.Events.CREATE, () => {
      created = true;
    });
    const onPostRender = () => {
      if (!created) return;
      game.events.off(Phaser.Core.Events.POST_RENDER, onPostRender);
      (window as unknown as { __rendererType?: string }).__rendererType = game.renderer.type === Phaser.WEBGL ? 'WebGL' : 'Canvas';
      onFirstFrame?.();
    };
    game.events.on(Phaser.Core.Events.POST_RENDER, onPostRender);
    game.events.on(Phaser.Core.Events.POST_RENDER, restIfStill);

    const safeDirect = (state: StageState) => {
      try {
        direct(state);
      } catch (error) {
        fail(error);
      }
    };
    safeDirect(feed.get());
    unsubscribe = feed.subscribe(safeDirect);
  };

  return handle;
}
