import { describe, expect, it } from 'vitest';
import { EXCERPT_MAX, sourceExcerpt } from '../../src/app/source-excerpt.ts';

describe('the line a browser message shows', () => {
  it('is the whole line when it is short, and nothing for an empty source or a line past the end', () => {
    expect(sourceExcerpt('a: 1\r\nb: 2\n', 2, 1)).toBe('b: 2');
    expect(sourceExcerpt('', 1)).toBeUndefined();
    expect(sourceExcerpt('a: 1', 3)).toBeUndefined();
  });

  it('is clipped around the column on a long line, marked where cut', () => {
    const long = `x: [${'*a, '.repeat(200_000)}]`;
    const excerpt = sourceExcerpt(`a: &a 1\n${long}`, 2, 400_001)!;
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX + 2);
    expect(excerpt.startsWith('…') && excerpt.endsWith('…')).toBe(true);
    expect(long.slice(400_000 - EXCERPT_MAX / 2, 400_000 - EXCERPT_MAX / 2 + 10)).toBe(excerpt.slice(1, 11));
    expect(sourceExcerpt(long, 1, 1)!.startsWith('x: [*a')).toBe(true);
    expect(sourceExcerpt(long, 1, long.length)!.endsWith('*a, ]')).toBe(true);
  });
});
