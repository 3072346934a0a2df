import { drawCurlingReceipt } from '../draw/curling-receipt.ts';
import { drawGlass, drawStreet } from '../draw/street.ts';
import { STAGE_HEIGHT, STAGE_WIDTH, StageScene } from '../stage-context.ts';

/** A calm evening street with a till receipt in the foreground. Static apart from a gentle idle. */
export class WelcomeScene extends StageScene {
  static readonly KEY = 'WelcomeScene';

  constructor() {
    super(WelcomeScene.KEY);
  }


  create(): void {
    const street = this.add.graphics();
    const { flickerWindow } = drawStreet(street, STAGE_WIDTH, STAGE_HEIGHT);

    const light = this.add.graphics();
    drawGlass(light, flickerWindow, true);

    const receipt = this.add.graphics({ x: 236, y: 536 });
    drawCurlingReceipt(receipt);
    receipt.setScale(0.86).setAngle(-7);

    if (this.reducedMotion) return;
    // Someone at home switches a light on and off, slowly; then the stage rests (see rest.ts).
    light.setAlpha(0);
    this.tweens.add({
      targets: light,
      alpha: 1,
      duration: 900,
      ease: 'Sine.InOut',
      delay: 1800,
      hold: 4200,
      yoyo: true,
      repeat: 0,
    });
    this.tweens.add({
      targets: receipt,
      angle: -4.5,
      duration: 2600,
      ease: 'Sine.InOut',
      yoyo: true,
      repeat: 1,
    });
  }
}
