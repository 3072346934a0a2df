/**
 * Generators for files shaped to make a checker slow or noisy rather than for a deep story: one anchor used
 * thousands of times, many genuine U+FFFD characters before one bad byte, many wrong quotes, many misspelt
 * `next:` names, a flood of unknown keys, a file over the size limit. Tests and `npm run bench:checker`
 * build them in memory, so no megabyte fixture is stored.
 */
import { chain } from './hostile-scenario.ts';

const encoder = new TextEncoder();

/** A valid casus followed by `anchor` once and `n` aliases to it: more uses than the loader allows. */
export function aliasFlood(n: number): string {
  return `${chain(3)}zz_anker: &a 1\nzz_lijst: [${Array.from({ length: n }, () => '*a').join(', ')}]\n`;
}

/** `n` genuine U+FFFD characters (written as UTF-8) in a text, then one byte that is not UTF-8. */
export function replacementFlood(n: number): Uint8Array {
  const text = encoder.encode(`format: 1\nid: vervanging\ntitle: "${'\uFFFD'.repeat(n)}`);
  const bytes = new Uint8Array(text.length + 2);
  bytes.set(text);
  bytes[text.length] = 0xff; // not UTF-8 anywhere
  bytes[text.length + 1] = 0x22; // the closing quote
  return bytes;
}

/** A casus whose systeemroute has `n` cost items, each citing document 004 with a quote that is not in it. */
export function wrongQuotes(n: number): string {
  const items = Array.from(
    { length: n },
    (_, i) =>
      `    - { item: k${i}, amount: 10, frequency: eenmalig, payer: p, source: { document: "004", line: ${(i % 900) + 1}, quote: "bedrag ${i} dat zo nergens staat" } }`,
  );
  return chain(2).replace(/^ {2}costs: \[\{ item: s,[^\n]*$/m, `  costs:\n${items.join('\n')}`);
}

/**
 * `n` moments in a row with long names, each `next:` misspelt by one letter: every name gets a did-you-mean
 * against every known name. `pad` lengthens the names (1 MB holds 2,500 such moments).
 */
export function misspeltNext(n: number, pad = 10): string {
  const name = (i: number) => `moment-${'x'.repeat(pad)}-${i}`;
  const lines = [
    'format: 1',
    'id: tikfouten',
    'title: t',
    'summary: s',
    'source: { document: "002", title: t, line: 1 }',
    'horizon_months: 12',
    'payers: { p: { name: Gemeente } }',
    'household: [{ id: a, name: A, role: moeder, age: 40, figure: vrouw }]',
    'state: {}',
    `start: ${name(1)}`,
    'moments:',
  ];
  const values = '{ legitimiteit: { delta: 1, reason: l }, betrokkenheid: { delta: 1, reason: b }, rendement: { delta: 1, reason: r } }';
  for (let i = 1; i <= n; i++) {
    // The misspelling drops the "moment-" dash: close to every name, equal to none.
    const next = i < n ? `next: moment${'x'.repeat(pad)}-${i + 1}` : 'ending: goed';
    lines.push(
      `  ${name(i)}: { title: t, text: t, options: [{ id: a, label: a, values: ${values}, consequence: c, ${next} }, { id: b, label: b, values: ${values}, consequence: c, ending: goed }] }`,
    );
  }
  lines.push(
    'endings:',
    '  goed: { title: Goed, text: Goed., tone: goed }',
    'systeemroute:',
    '  title: S',
    '  text: S.',
    '  costs: [{ item: s, amount: 5, frequency: eenmalig, payer: p, estimate: s }]',
    '',
  );
  return lines.join('\n');
}

/** A valid casus with `n` unknown top-level keys after it: one message each. */
export function unknownKeys(n: number): string {
  return `${chain(2)}${Array.from({ length: n }, (_, i) => `z${i}: 1`).join('\n')}\n`;
}

/** Bytes over any sensible size for a casus: a valid one, then comment lines up to `bytes`. */
export function oversized(bytes: number): Uint8Array {
  const head = encoder.encode(chain(2));
  const out = new Uint8Array(Math.max(bytes, head.length)).fill(0x23); // '#'
  out.set(head);
  for (let i = head.length; i < out.length; i += 80) out[i] = 0x0a;
  return out;
}
