/**
 * When the stage may stop drawing: nothing is moving and the last change has been drawn. A stage that keeps
 * drawing an unchanged picture costs a school laptop its battery while a trainee reads.
 */
export const SETTLE_FRAMES = 2;

export function mayRest(activeTweens: number, framesSinceChange: number): boolean {
  return activeTweens === 0 && framesSinceChange >= SETTLE_FRAMES;
}
