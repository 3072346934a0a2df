import * as Phaser from 'phaser';

type BenchWindow = Window & { __rendererType?: 'WebGL' | 'Canvas' };

class HelloScene extends Phaser.Scene {
  constructor() {
    super('hello');
  }

  create(): void {
    this.add.text(480, 270, 'hello', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
    (window as BenchWindow).__rendererType = this.game.renderer.type === Phaser.WEBGL ? 'WebGL' : 'Canvas';
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      performance.mark('bench:first-phaser-frame');
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 960,
  height: 540,
  parent: 'game',
  backgroundColor: '#1d2733',
  scene: [HelloScene],
});
