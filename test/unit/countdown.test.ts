import { describe, expect, it } from 'vitest';
import { clockText, countdown, isFinished, isRunning, pause, remainingMs, reset, start } from '../../src/domain/class/countdown.ts';

const MIN = 60_000;

describe('class timer', () => {
  it('counts down from its duration once started, and not before', () => {
    const timer = countdown(3 * MIN);
    expect(remainingMs(timer, 50_000)).toBe(3 * MIN);
    const running = start(timer, 1_000);
    expect(isRunning(running)).toBe(true);
    expect(remainingMs(running, 61_000)).toBe(2 * MIN);
  });

  it('keeps what was left while paused, and goes on from there', () => {
    const paused = pause(start(countdown(2 * MIN), 0), 30_000);
    expect(remainingMs(paused, 999_999)).toBe(90_000);
    const resumed = start(paused, 100_000);
    expect(remainingMs(resumed, 130_000)).toBe(MIN);
  });

  it('ends at zero and stays there; starting a finished timer does nothing', () => {
    const running = start(countdown(MIN), 0);
    expect(isFinished(running, 59_999)).toBe(false);
    expect(isFinished(running, MIN)).toBe(true);
    expect(remainingMs(running, 5 * MIN)).toBe(0);
    const done = pause(running, 5 * MIN);
    expect(start(done, 6 * MIN)).toBe(done);
  });

  it('resets to the full duration, stopped', () => {
    const again = reset(start(countdown(5 * MIN), 0));
    expect(again).toEqual(countdown(5 * MIN));
  });

  it('shows minutes and seconds, rounding up', () => {
    expect(clockText(3 * MIN)).toBe('3:00');
    expect(clockText(125_000)).toBe('2:05');
    expect(clockText(100)).toBe('0:01');
    expect(clockText(0)).toBe('0:00');
  });
});
