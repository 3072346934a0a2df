/**
 * Characters a terminal acts on instead of showing: C0 controls (tab and line feed aside), DEL, the C1
 * controls, and the bidirectional overrides that reorder what is shown. A key, value or file name holding ESC
 * could clear or retitle the trainer's terminal; in a message each is written out as \uXXXX instead.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` with every control character written out (ESC as \u001b), safe to print. */
export const visible = (text: string): string => text.replace(INVISIBLE, escaped);

/** The same, and a line break written out too: for what must stay one line (a message, a file name). */
export const visibleLine = (text: string): string => visible(text).replace(/\n/g, '\\n');

/** The same for text inside JSON: JSON.stringify leaves DEL, C1 and the overrides as they are. */
export const visibleJson = (json: string): string => json.replace(INVISIBLE, escaped);
