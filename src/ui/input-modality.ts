/**
 * Whether the player's last input was the keyboard. A heading focused by the game (a new screen) shows a focus ring
 * to a keyboard user only: Chromium treats focus moved by a script before any input as "visible", so a mouse or touch
 * player would see a ring around the title on load.
 */
let keyboardLast = false;
let watching = false;

function watch(doc: Document): void {
  if (watching) return;
  watching = true;
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.altKey && !event.ctrlKey && !event.metaKey) keyboardLast = true;
    },
    true,
  );
  doc.addEventListener(
    'pointerdown',
    () => {
      keyboardLast = false;
    },
    true,
  );
}

export function lastInputWasKeyboard(doc: Document): boolean {
  watch(doc);
  return keyboardLast;
}
