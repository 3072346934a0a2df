/**
 * The character a byte stands for in Windows-1252 ("ANSI" in Kladblok), the usual encoding of a Dutch
 * text that is not UTF-8. Used only to tell a trainer which letter the checker could not read.
 *
 * A table, not `new TextDecoder('windows-1252')`: Node 20's decoder reads that label as Latin-1 (0x80 gives U+0080,
 * not €), so the command line and the browser would name a different letter for the same byte.
 */
const C1: Readonly<Record<number, string>> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

/** Characters a reader cannot see when printed on their own. */
const INVISIBLE: Readonly<Record<number, string>> = { 0xa0: 'harde spatie', 0xad: 'zacht afbreekstreepje' };

/** The Windows-1252 character of a byte of 0x80 or more, or undefined where that code page has none. */
export function windows1252Char(byte: number): string | undefined {
  if (byte < 0x80 || byte > 0xff) return undefined;
  if (byte < 0xa0) return C1[byte];
  return INVISIBLE[byte] ?? String.fromCharCode(byte);
}
