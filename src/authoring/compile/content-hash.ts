import { fnv1a } from '../../domain/scenario/fnv1a.ts';

/** A hash of the compiled content (canonical JSON): changes with any edit, prose and amounts included. */
export function contentHash(value: unknown): string {
  return fnv1a(JSON.stringify(value));
}
