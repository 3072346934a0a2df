import {
  clockText,
  countdown,
  isFinished,
  isRunning,
  pause,
  remainingMs,
  reset,
  start,
  type Countdown,
} from '../../../../domain/class/countdown.ts';
import type { Lang } from '../../../../domain/scenario/text.ts';
import { tk } from '../../../../i18n/klas/index.ts';
import { h } from '../../../dom.ts';

export const TIMER_MINUTES = [2, 3, 5] as const;
const TICK_MS = 250;

export interface ClassTimerOptions {
  /** Called once when the time is up (the shell plays a sound there, if sound is on). */
  readonly onEnd: () => void;
  readonly now?: () => number;
}

/**
 * The optional discussion timer of class mode: 2, 3 or 5 minutes, start/pause/reset. The clock itself is not a
 * live region (a screen reader would hear every second); only "time is up" is announced, politely.
 */
export class ClassTimer {
  readonly element: HTMLElement;
  private timer: Countdown = countdown(TIMER_MINUTES[1] * 60_000);
  private interval: ReturnType<typeof setInterval> | null = null;
  private lang: Lang = 'nl';
  private readonly time = h('p', { className: 'class-timer__time', role: 'timer' });
  private readonly controls = h('div', { className: 'class-timer__controls' });
  private readonly announcer = h('p', { className: 'class-timer__status', role: 'status' });
  private readonly heading = h('h3', { id: 'class-timer-heading' });
  private readonly now: () => number;

  constructor(private readonly options: ClassTimerOptions) {
    this.now = options.now ?? (() => Date.now());
    this.element = h(
      'section',
      { className: 'class-timer', 'aria-labelledby': 'class-timer-heading' },
      this.heading,
      this.time,
      this.controls,
      this.announcer,
    );
  }

  /** Draws the timer in this language, keeping where it stands. */
  render(lang: Lang): HTMLElement {
    this.lang = lang;
    this.heading.textContent = tk(lang, 'timer.heading');
    // Shown again after a moment away (the kassabon printing): a running timer ticks on.
    if (isRunning(this.timer) && this.interval === null) this.interval = setInterval(() => this.tick(), TICK_MS);
    this.draw();
    return this.element;
  }

  /** A new moment: the timer stops and starts over at its chosen length. */
  resetForMoment(): void {
    this.apply(reset(this.timer));
  }

  private apply(next: Countdown): void {
    this.timer = next;
    if (isRunning(next) && this.interval === null) this.interval = setInterval(() => this.tick(), TICK_MS);
    if (!isRunning(next)) this.stopTicking();
    this.announcer.textContent = '';
    this.draw();
  }

  private stopTicking(): void {
    if (this.interval !== null) clearInterval(this.interval);
    this.interval = null;
  }

  private tick(): void {
    // The screen moved on without telling the timer: it must not keep a detached view alive.
    if (!this.element.isConnected) return this.stopTicking();
    const now = this.now();
    if (isFinished(this.timer, now)) {
      this.timer = pause(this.timer, now);
      this.stopTicking();
      this.draw();
      this.announcer.textContent = tk(this.lang, 'timer.done');
      this.options.onEnd();
      return;
    }
    this.time.textContent = clockText(remainingMs(this.timer, now));
  }

  private readonly durations = TIMER_MINUTES.map((minutes) =>
    h('button', { type: 'button', 'data-minutes': minutes, onclick: () => this.apply(countdown(minutes * 60_000)) }),
  );
  private readonly durationGroup = h('div', { className: 'segmented', role: 'group' }, ...this.durations);
  /** One button that starts, pauses and resumes: it stays in place, so keyboard focus stays on it. */
  private readonly toggle = h('button', {
    type: 'button',
    className: 'button button--primary',
    'data-timer': 'toggle',
    onclick: () => {
      const now = this.now();
      this.apply(isRunning(this.timer) ? pause(this.timer, now) : start(this.timer, now));
    },
  });
  private readonly resetButton = h('button', {
    type: 'button',
    className: 'button',
    'data-timer': 'reset',
    onclick: () => this.apply(reset(this.timer)),
  });

  private draw(): void {
    const lang = this.lang;
    const left = remainingMs(this.timer, this.now());
    const started = left < this.timer.durationMs;
    this.time.textContent = clockText(left);
    this.element.classList.toggle('is-done', left === 0);
    if (this.controls.childElementCount === 0) this.controls.append(this.durationGroup, this.toggle, this.resetButton);
    this.durationGroup.setAttribute('aria-label', tk(lang, 'timer.duration'));
    this.durations.forEach((button, i) => {
      const minutes = TIMER_MINUTES[i]!;
      button.textContent = tk(lang, 'timer.minutes', { n: minutes });
      button.setAttribute('aria-pressed', String(this.timer.durationMs === minutes * 60_000));
    });
    this.toggle.textContent = tk(lang, isRunning(this.timer) ? 'timer.pause' : started ? 'timer.resume' : 'timer.start');
    this.toggle.disabled = left === 0;
    this.resetButton.textContent = tk(lang, 'timer.reset');
  }
}
