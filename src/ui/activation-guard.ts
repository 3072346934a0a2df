const ACTIVATING_KEYS = new Set(['Enter', ' ']);
/** A click this soon after Enter or Space came from that key. */
const KEY_CLICK_WINDOW_MS = 50;

/**
 * Clicks and key presses that began before the current screen appeared do not act on it: the second click
 * of a double click on "Verder" would otherwise choose an option the player never read, and a held Enter
 * would keep pressing whatever button gets focus next.
 * Event time stamps and `performance.now()` share one clock.
 */
export class ActivationGuard {
  private shownAt = 0;
  private pointerSeriesAt = Number.NEGATIVE_INFINITY;
  private keyDownAt = Number.NEGATIVE_INFINITY;
  private keyEventAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly root: HTMLElement,
    private readonly now: () => number = () => performance.now(),
  ) {
    const doc = root.ownerDocument;
    // A click series starts with its first press; the second press of a double click has detail 2.
    doc.addEventListener(
      'mousedown',
      (event) => {
        if (event.detail <= 1) this.pointerSeriesAt = event.timeStamp;
      },
      true,
    );
    doc.addEventListener('keydown', (event) => this.onKeyDown(event), true);
    doc.addEventListener(
      'keyup',
      (event) => {
        if (ACTIVATING_KEYS.has(event.key)) this.keyEventAt = event.timeStamp;
      },
      true,
    );
    root.addEventListener('click', (event) => this.onClick(event), true);
  }

  /** Call when new content replaces the old: from now on only fresh presses count. */
  screenShown(): void {
    this.shownAt = this.now();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!ACTIVATING_KEYS.has(event.key)) return;
    this.keyEventAt = event.timeStamp;
    if (!event.repeat) {
      this.keyDownAt = event.timeStamp;
      return;
    }
    // Key repeat never activates a control of the game.
    if (event.target instanceof Node && this.root.contains(event.target)) event.preventDefault();
  }

  private onClick(event: MouseEvent): void {
    if (this.isFresh(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  private isFresh(event: MouseEvent): boolean {
    // A pointer click belongs to the series whose first press started it.
    if (event.detail > 0) return this.pointerSeriesAt >= this.shownAt;
    // A keyboard click is dispatched inside its key event (Enter on press, Space on release) and needs a
    // press after the screen appeared; any other click (assistive technology, a script) counts.
    const fromKey = event.timeStamp - this.keyEventAt < KEY_CLICK_WINDOW_MS;
    return !fromKey || this.keyDownAt >= this.shownAt;
  }
}
