import type { StateValue } from '../schema/schema.ts';

/** Dutch and English yes/no words a trainer may write for a yes/no state; YAML 1.2 reads them as text. */
const WORDS: Readonly<Record<string, boolean>> = {
  ja: true,
  nee: false,
  waar: true,
  onwaar: false,
  yes: true,
  no: false,
  on: true,
  off: false,
  y: true,
  n: false,
};

/** The boolean a yes/no word stands for, or undefined when the value is no such word. */
export function yesNoWord(value: StateValue | undefined): boolean | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.toLowerCase();
  return Object.hasOwn(WORDS, key) ? WORDS[key] : undefined;
}
