import { drawCurlingReceipt } from '../draw/curling-receipt.ts';
import { drawGlass, drawStreet } from '../draw/street.ts';
import { STAGE_HEIGHT, STAGE_WIDTH, StageScene } from '../stage-context.ts';

/**
 * A calm evening street with a lit window and a till receipt in the foreground. Still on purpose: the title is
 * where a player reads and chooses, so the stage draws its picture once and rests (see rest.ts). An idle
 * animation here kept a software-rendered laptop drawing for 6-12 s after load, slowing the menu beside it.
 */
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
    receipt.setScale(0.86).setAngle(-6);
  }
}
