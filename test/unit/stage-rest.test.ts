import { describe, expect, it } from 'vitest';
import { mayRest, SETTLE_FRAMES } from '../../src/view/phaser/rest.ts';

describe('the stage rests', () => {
  it('once nothing moves and the change has been drawn', () => {
    expect(mayRest(0, SETTLE_FRAMES)).toBe(true);
  });
  it('not while a tween runs', () => {
    expect(mayRest(1, 100)).toBe(false);
  });
  it('not before the change has been drawn', () => {
    expect(mayRest(0, SETTLE_FRAMES - 1)).toBe(false);
  });
});
