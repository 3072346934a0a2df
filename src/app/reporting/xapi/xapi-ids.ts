import { fnv1a } from '../../../domain/scenario/fnv1a.ts';

/** Random bytes; `crypto.getRandomValues` also works outside secure contexts (a classroom server on http://). */
export type RandomBytes = (count: number) => Uint8Array;

export const browserRandom: RandomBytes = (count) => crypto.getRandomValues(new Uint8Array(count));

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function format(hex32: string, version: string, variantNibble: number): string {
  const variant = ((variantNibble & 0x3) | 0x8).toString(16);
  return `${hex32.slice(0, 8)}-${hex32.slice(8, 12)}-${version}${hex32.slice(13, 16)}-${variant}${hex32.slice(17, 20)}-${hex32.slice(20, 32)}`;
}

/** A random (version 4) UUID: every statement gets one, so a retried statement is recognised by the LRS. */
export function randomUuid(random: RandomBytes): string {
  const value = hex(random(16));
  return format(value, '4', Number.parseInt(value[16] ?? '0', 16));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const isUuid = (value: string) => UUID.test(value);

/** "Klas 3A " and "klas-3a" are the same class: lower case, spaces become dashes. */
export function normaliseClassCode(code: string): string {
  return code.trim().toLowerCase().replace(/\s+/g, '-');
}

/**
 * The class's `context.registration`: a UUID given as the class code is used as it is; any other code becomes a
 * UUID derived from it (RFC 9562 version 8, name-based with FNV-1a, no secure context needed), so every trainee
 * who types the same code lands in the same registration without a server handing one out.
 */
export function classRegistration(code: string): string {
  const normal = normaliseClassCode(code);
  if (isUuid(normal)) return normal;
  const digest = [0, 1, 2, 3].map((i) => fnv1a(`kostenbewust-klas:${i}:${normal}`)).join('');
  return format(digest, '8', Number.parseInt(digest[16] ?? '0', 16));
}

const PSEUDONYM_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A random name with no link to the person ("speler-k3x9…"): what the LRS knows a trainee by. */
export function randomPseudonym(random: RandomBytes): string {
  return `speler-${Array.from(random(12), (b) => PSEUDONYM_ALPHABET[b % PSEUDONYM_ALPHABET.length]).join('')}`;
}
