import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueFolders, placeholderTypes } from '../../tools/build/i18n-types.ts';

describe('the generated placeholder types', () => {
  it.each(catalogueFolders().map((folder) => [relative(process.cwd(), folder), folder]))(
    '%s/placeholders.ts is current (else: npm run i18n:types)',
    async (_name, folder) => {
      expect(readFileSync(join(folder, 'placeholders.ts'), 'utf8')).toBe(await placeholderTypes(folder));
    },
  );

  it('finds all five catalogues', () => {
    expect(catalogueFolders().length).toBeGreaterThanOrEqual(5);
  });
});
