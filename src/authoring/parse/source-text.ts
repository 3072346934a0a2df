import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/registry.ts';
import { windows1252Char } from './windows-1252.ts';

/**
 * Bytes of a scenario file → its text. Pure and free of Node: the browser can use it for a file a trainer
 * opens. Only UTF-8 is accepted (a byte order mark is dropped); anything else is refused with one
 * located diagnostic instead of being read as "�" or as an empty casus.
 */
export type SourceText = { readonly text: string } | { readonly problem: Diagnostic };

const baseName = (file: string): string => file.split(/[\\/]/).pop() || file;
const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/** UTF-16 text of mostly Latin letters has a NUL in every other byte; a binary file has them anywhere. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  const nuls = [0, 0];
  sample.forEach((b, i) => {
    if (b === 0) nuls[i % 2]! += 1;
  });
  const half = sample.length / 2;
  const [even, odd] = nuls as [number, number];
  return Math.max(even, odd) >= half * 0.3 && Math.min(even, odd) <= half * 0.05;
}

/** The length of the well-formed UTF-8 sequence at `at` (Unicode table 3-7), or 0 when it is not one. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const first = bytes[at]!;
  if (first < 0x80) return 1;
  const inRange = (offset: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[at + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (first >= 0xc2 && first <= 0xdf) return inRange(1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    const [low, high] = first === 0xe0 ? [0xa0, 0xbf] : first === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return inRange(1, low, high) && inRange(2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const [low, high] = first === 0xf0 ? [0x90, 0xbf] : first === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return inRange(1, low, high) && inRange(2) && inRange(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Where the first byte that is not UTF-8 stands, in one pass over the bytes: genuine U+FFFD characters
 * (EF BF BD) are valid and skipped like any other letter, however many there are.
 */
function firstInvalid(bytes: Uint8Array): { offset: number; line: number; column: number } {
  let offset = 0;
  for (let length = 0; offset < bytes.length; offset += length) {
    length = sequenceLength(bytes, offset);
    if (length === 0) break;
  }
  if (offset >= bytes.length) return { offset: 0, line: 1, column: 1 };
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let at = before.indexOf('\n'); at >= 0; at = before.indexOf('\n', at + 1)) line++;
  return { offset, line, column: offset === 0 ? 1 : before.length - lineStart + 1 };
}

function notUtf8(bytes: Uint8Array, file: string): Diagnostic {
  const { offset, line, column } = firstInvalid(bytes);
  const byte = bytes[offset] ?? 0;
  const guess = windows1252Char(byte);
  const params = { name: baseName(file), byte: hex(byte) };
  const found = guess ? report('SC050', 'ansi', { ...params, guess }) : report('SC050', 'invalid', params);
  return { file, line, column, ...found };
}

export function sourceText(bytes: Uint8Array, file: string): SourceText {
  const name = baseName(file);
  const at = { file, line: 1, column: 1 };
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return { problem: { ...at, ...report('SC050', 'utf16', { name }) } };
  if (bytes.includes(0)) {
    return { problem: { ...at, ...(looksLikeUtf16(bytes) ? report('SC050', 'utf16', { name }) : report('SC050', 'binary', { name })) } };
  }
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    return { problem: notUtf8(body, file) };
  }
}
