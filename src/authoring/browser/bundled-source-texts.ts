import type { SourceTexts } from '../check/check-quotes.ts';

/**
 * The source texts the shared catalogue names (data/bronteksten/002.txt …, written from the seeds by
 * tools/build/source-texts.ts), each its own lazily loaded chunk: only the checking worker asks for them, so they load
 * when a trainer opens or writes a casus, never before the menu. Precached with every other chunk: offline too.
 */
const texts = import.meta.glob<string>('../../../data/bronteksten/*.txt', { query: '?raw', import: 'default' });

let loaded: Promise<SourceTexts> | null = null;

/** Every shipped source text by document number ("002"), split into lines as `check:scenarios` reads the seeds. */
export function bundledSourceTexts(): Promise<SourceTexts> {
  loaded ??= Promise.all(
    Object.entries(texts).map(async ([path, load]) => [/(\d{3})\.txt$/.exec(path)?.[1] ?? path, (await load()).split('\n')] as const),
  ).then((entries) => new Map(entries));
  return loaded;
}
