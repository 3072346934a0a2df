import type { Moment } from '../../domain/scenario/model.ts';
import type { PathSegment } from '../parse/yaml-locate.ts';

/**
 * Where a compiled option was written: an option with an onderbouwing compiles to one option per argument
 * (contiguous, in order), so the authored index counts distinct authored options, and an argued option's
 * place is its argument under `argue.arguments`. `tail` is the path inside the option (e.g. values.rendement.delta).
 */
export function authoredOptionPath(moment: Moment, optionId: string, tail: readonly PathSegment[]): PathSegment[] {
  const found = authoredPlace(moment, optionId);
  if (!found) return ['moments', moment.id];
  const at: PathSegment[] = ['moments', moment.id, 'options', found.option];
  return found.argument === undefined ? [...at, ...tail] : [...at, 'argue', 'arguments', found.argument];
}

/** The authored option's index in the moment, and the argument's index under `argue.arguments` for an argued option. */
export function authoredPlace(moment: Moment, optionId: string): { option: number; argument?: number } | undefined {
  const authored: string[] = [];
  let argumentIndex = 0;
  for (const option of moment.options) {
    const base = option.argued?.optionId ?? option.id;
    if (authored[authored.length - 1] !== base) {
      authored.push(base);
      argumentIndex = 0;
    } else argumentIndex += 1;
    if (option.id === optionId)
      return option.argued ? { option: authored.length - 1, argument: argumentIndex } : { option: authored.length - 1 };
  }
  return undefined;
}
