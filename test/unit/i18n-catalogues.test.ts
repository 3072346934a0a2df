import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessage, placeholdersOf } from '../../src/i18n/message.ts';

/** Every interface catalogue: src/i18n/nl.json + en.json and each folder's pair (debrief, klas, overzicht). */
const ROOT = join('src', 'i18n');
const folders = [
  ROOT,
  ...readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(ROOT, d.name)),
];
const catalogues = folders.flatMap((folder) => {
  const files = readdirSync(folder);
  return files.includes('nl.json') ? [folder] : [];
});

const read = (folder: string, lang: 'nl' | 'en') =>
  JSON.parse(readFileSync(join(folder, `${lang}.json`), 'utf8')) as Record<string, string>;
/** "count:count,file:value": each placeholder with whether it is a plural's count; throws on a malformed plural. */
const placeholders = (text: string) => [...placeholdersOf(parseMessage(text))].map(([name, kind]) => `${name}:${kind}`).sort();

describe.each(catalogues)('interface texts in %s', (folder) => {
  const nl = read(folder, 'nl');
  const en = read(folder, 'en');

  it('has an English text for every Dutch one, and no English text without a Dutch one', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('has no empty text', () => {
    expect(
      Object.entries({ ...nl, ...en })
        .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
        .map(([key]) => key),
    ).toEqual([]);
  });

  it('writes every text in the message syntax (plurals closed, with an "other" form)', () => {
    const broken = Object.entries({ ...nl, ...en }).filter(([, text]) => {
      try {
        parseMessage(text);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });

  it('fills the same placeholders, plurals as plurals, in both languages', () => {
    const differ = Object.keys(nl).filter(
      (key) => en[key] !== undefined && placeholders(nl[key] ?? '').join() !== placeholders(en[key] ?? '').join(),
    );
    expect(differ).toEqual([]);
  });
});

it('finds the four catalogues', () => {
  expect(catalogues.length).toBeGreaterThanOrEqual(4);
});
