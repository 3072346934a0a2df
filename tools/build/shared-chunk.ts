import { resolve } from 'node:path';

/** What Rolldown's chunking hands a group's name function (`output.codeSplitting.groups[].name`). */
interface ChunkingContext {
  getModuleInfo(id: string): { readonly importedIds: readonly string[] } | null;
}

/** The modules `entry` imports statically, directly or through others (itself included). */
function staticClosure(entry: string, ctx: ChunkingContext): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) stack.push(next);
  }
  return seen;
}

/**
 * Parts of Zod that `zod/mini` reaches through Zod's own index files but never runs: only full `zod` (the overview
 * page) uses them. The import graph cannot tell, so in the group they would be 22 kB of code before the game's menu.
 */
const ONLY_FULL_ZOD = /node_modules\/zod\/v4\/(locales\/|core\/(to-json-schema|json-schema-processors|registries|memoizer)\.js$)/;

/**
 * A code-splitting group that puts every module the game's entry imports statically *and* one of the other
 * pages imports too into one chunk. Left to itself the bundler cut those into a chunk per combination of pages
 * (three files before the menu besides the entry: the schemas and settings, the money formatting, the clock), and
 * on a phone's slow network each request before the menu costs a share of six connections and a round trip when it
 * has to wait for one. The other pages then load a little code they do not use (pure functions, no side effects).
 */
export function sharedWithGameGroup(root: string, game: string, others: readonly string[]) {
  let pass: { ctx: ChunkingContext; shared: Set<string> } | null = null;
  const sharedOf = (ctx: ChunkingContext): Set<string> => {
    if (pass?.ctx === ctx) return pass.shared;
    const gameModules = staticClosure(resolve(root, game), ctx);
    const elsewhere = new Set(others.flatMap((entry) => [...staticClosure(resolve(root, entry), ctx)]));
    const shared = new Set([...gameModules].filter((id) => elsewhere.has(id)));
    pass = { ctx, shared };
    return shared;
  };
  return {
    // Stylesheets stay with the pages that import them (each page's <link>, inlined in index.html): in the group
    // they would become the shared chunk's CSS, which every dynamic import that uses the chunk fetches again.
    name: (id: string, ctx: ChunkingContext): string | null =>
      !/\.css($|\?)/.test(id) && !ONLY_FULL_ZOD.test(id) && sharedOf(ctx).has(id) ? 'shared' : null,
  };
}
