import { fnv1a } from '../scenario/fnv1a.ts';
import type { Option } from '../scenario/model.ts';
import { choicesOf } from './choices.ts';
import { seededRandom } from './prng.ts';

/** The largest order seed: seeds are unsigned 32-bit numbers, kept in the save with the `casus.begin` event. */
export const MAX_ORDER_SEED = 0xffffffff;

const hash = (text: string): number => parseInt(fnv1a(text), 16);

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The order a player sees a moment's options in: the choices shuffled, and the arguments of an onderbouwing
 * shuffled among themselves, from the attempt's seed and the moment (so each moment has its own order, and a
 * reload, a resume or a branch of the same attempt shows the same one). Arguments stay next to each other, so
 * `choicesOf` groups the result as before. Without a seed: the authored order (route map, trainer tools).
 */
export function orderedOptions(options: readonly Option[], seed: number | undefined, momentId: string): readonly Option[] {
  if (seed === undefined) return options;
  const choices = shuffled(choicesOf(options), (seed ^ hash(momentId)) >>> 0);
  return choices.flatMap((choice) =>
    choice.argue ? shuffled(choice.options, (seed ^ hash(`${momentId}/${choice.id}`)) >>> 0) : choice.options,
  );
}

/** A class sees one order: the seed follows from the class code and the casus, the same in every browser. */
export function classOrderSeed(classCode: string, scenarioId: string): number {
  return hash(`klas:${classCode}:${scenarioId}`);
}

/** A new attempt's seed, from a source of randomness the caller gives (the browser's crypto, a test's fixed one). */
export function attemptOrderSeed(random: () => number): number {
  return Math.floor(random() * MAX_ORDER_SEED) >>> 0;
}
