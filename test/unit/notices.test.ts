import { describe, expect, it } from 'vitest';
import { catalogKeys, t, type MessageKey } from '../../src/i18n/index.ts';
import { LAUNCH_NOTICE_TEXTS, NOTICE_TEXTS } from '../../src/ui/notices.ts';

const texts: readonly (readonly [string, MessageKey])[] = [
  ...Object.entries(NOTICE_TEXTS),
  ...Object.entries(LAUNCH_NOTICE_TEXTS).map(([notice, key]) => [`launch ${notice}`, key] as const),
];

describe('the notices, defined once (src/ui/notices.ts)', () => {
  it.each(texts)('%s has its own text in Dutch and in English', (_notice, key) => {
    // t falls back on Dutch: look in the English catalogue itself, so a missing English text cannot hide.
    expect(catalogKeys.nl).toContain(key);
    expect(catalogKeys.en).toContain(key);
    expect(t('nl', key).trim()).not.toBe('');
    expect(t('en', key)).not.toBe(t('nl', key));
  });

  it('says a misread link differently above a casus that opened anyway than on the title', () => {
    expect(LAUNCH_NOTICE_TEXTS.link).not.toBe(NOTICE_TEXTS.link);
  });
});
