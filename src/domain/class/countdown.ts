/**
 * The class-mode timer as plain data over an injected clock (milliseconds): start, pause, reset, and how much
 * is left at a given moment. The view ticks; this never reads the time itself, so it is tested without waiting.
 */
export interface Countdown {
  readonly durationMs: number;
  /** What was left when it last paused (or the full duration before the first start). */
  readonly leftMs: number;
  /** When it was last started, or null while paused or stopped. */
  readonly runningSince: number | null;
}

export const countdown = (durationMs: number): Countdown => ({ durationMs, leftMs: durationMs, runningSince: null });

export function remainingMs(timer: Countdown, now: number): number {
  return timer.runningSince === null ? timer.leftMs : Math.max(0, timer.leftMs - (now - timer.runningSince));
}

export const isRunning = (timer: Countdown): boolean => timer.runningSince !== null;

export const isFinished = (timer: Countdown, now: number): boolean => remainingMs(timer, now) === 0;

export function start(timer: Countdown, now: number): Countdown {
  if (isRunning(timer) || timer.leftMs === 0) return timer;
  return { ...timer, runningSince: now };
}

export function pause(timer: Countdown, now: number): Countdown {
  return isRunning(timer) ? { ...timer, leftMs: remainingMs(timer, now), runningSince: null } : timer;
}

export const reset = (timer: Countdown): Countdown => countdown(timer.durationMs);

/** "2:05": whole seconds, rounded up, so the display reaches 0:00 exactly when the time is up. */
export function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
