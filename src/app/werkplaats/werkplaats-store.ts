import { z } from 'zod/mini';
import type { KeyValueStore } from '../storage.ts';
import { readStored } from '../stored-value.ts';

/** The casus open in the werkplaats, kept in this browser between visits (never uploaded). */
export const WERKPLAATS_KEY = 'werkplaats';

/** `cursor`: where the cursor stood (an offset in the text), so the werkplaats opens there again. */
const keptSchema = z.object({
  file: z.string().check(z.maxLength(1000)),
  text: z.string(),
  cursor: z.optional(z.int().check(z.nonnegative())),
});
export type KeptDraft = z.infer<typeof keptSchema>;

/** The kept draft, if any; one that does not read is set aside (stored-value.ts), never a crash. */
export function readDraft(store: KeyValueStore): KeptDraft | null {
  const read = readStored(store, WERKPLAATS_KEY, keptSchema);
  return read.kind === 'ok' ? read.value : null;
}

export function keepDraft(store: KeyValueStore, draft: KeptDraft): boolean {
  return store.set(WERKPLAATS_KEY, JSON.stringify(draft));
}
