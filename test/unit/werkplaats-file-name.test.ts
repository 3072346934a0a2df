import { describe, expect, it } from 'vitest';
import { suggestedFileName } from '../../src/app/werkplaats/file-name.ts';

describe('werkplaats: the suggested file name follows the casus id', () => {
  it('names the file after a valid top-level id, plain or quoted, a comment after it', () => {
    expect(suggestedFileName('format: 3\nid: huur-achter   # eigen naam\n', 'mijn-casus.yaml')).toBe('huur-achter.yaml');
    expect(suggestedFileName('id: "twee_zonen"\n', 'x.yaml')).toBe('twee_zonen.yaml');
    expect(suggestedFileName("id: 'a1'\n", 'x.yaml')).toBe('a1.yaml');
  });

  it('keeps the current name without a valid id, or for an id deeper in the text', () => {
    expect(suggestedFileName('id: Huur Achter\n', 'mijn-casus.yaml')).toBe('mijn-casus.yaml');
    expect(suggestedFileName('id: -huur\n', 'mijn-casus.yaml')).toBe('mijn-casus.yaml');
    expect(suggestedFileName('id:\n', 'open.yaml')).toBe('open.yaml');
    expect(suggestedFileName('household:\n  - id: marco\n', 'open.yaml')).toBe('open.yaml');
  });
});
