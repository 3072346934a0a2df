import { describe, expect, it } from 'vitest';
import { sharedWithGameGroup } from '../../tools/build/shared-chunk.ts';

/** A fake module graph: id → statically imported ids. */
function graph(edges: Record<string, string[]>) {
  return { getModuleInfo: (id: string) => (id in edges ? { importedIds: edges[id]! } : null) };
}

describe('sharedWithGameGroup (what the game shares with the overview pages is one chunk)', () => {
  const ctx = graph({
    '/r/index.html': ['/r/src/main.ts'],
    '/r/src/main.ts': ['/r/src/a.ts', '/r/src/style.css', '/r/node_modules/zod/v4/core/index.js'],
    '/r/src/a.ts': ['/r/src/b.ts'],
    '/r/src/b.ts': [],
    '/r/src/style.css': [],
    '/r/node_modules/zod/v4/core/index.js': ['/r/node_modules/zod/v4/core/to-json-schema.js'],
    '/r/node_modules/zod/v4/core/to-json-schema.js': [],
    '/r/over.html': ['/r/src/over.ts'],
    '/r/src/over.ts': ['/r/src/b.ts', '/r/src/only-over.ts', '/r/src/style.css', '/r/node_modules/zod/v4/core/index.js'],
    '/r/src/only-over.ts': [],
  });
  const { name } = sharedWithGameGroup('/r', 'index.html', ['over.html']);

  it('groups the modules both reach statically, and nothing only one of them reaches', () => {
    expect(name('/r/src/b.ts', ctx)).toBe('shared');
    expect(name('/r/node_modules/zod/v4/core/index.js', ctx)).toBe('shared');
    expect(name('/r/src/a.ts', ctx)).toBeNull();
    expect(name('/r/src/only-over.ts', ctx)).toBeNull();
  });

  it('leaves stylesheets and the parts only full Zod runs to the pages that use them', () => {
    expect(name('/r/src/style.css', ctx)).toBeNull();
    expect(name('/r/node_modules/zod/v4/core/to-json-schema.js', ctx)).toBeNull();
  });
});
