import type { PathSegment } from '../parse/yaml-locate.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Every cost item in a parsed casus, with its path, before the schema has looked at it: whatever does not have
 * the expected shape is skipped (the schema reports it later).
 */
export function costItems(data: unknown): { readonly path: readonly PathSegment[]; readonly item: Record<string, unknown> }[] {
  const found: { path: readonly PathSegment[]; item: Record<string, unknown> }[] = [];
  const collect = (costs: unknown, path: readonly PathSegment[]) => {
    if (!Array.isArray(costs)) return;
    costs.forEach((item, c) => {
      if (isRecord(item)) found.push({ path: [...path, c], item });
    });
  };
  if (!isRecord(data)) return found;
  if (isRecord(data.moments)) {
    for (const [momentId, moment] of Object.entries(data.moments)) {
      if (!isRecord(moment) || !Array.isArray(moment.options)) continue;
      moment.options.forEach((option: unknown, o) => {
        if (!isRecord(option)) return;
        collect(option.costs, ['moments', momentId, 'options', o, 'costs']);
        const args = isRecord(option.argue) ? option.argue.arguments : undefined;
        if (Array.isArray(args))
          args.forEach(
            (argument: unknown, a) =>
              isRecord(argument) && collect(argument.costs, ['moments', momentId, 'options', o, 'argue', 'arguments', a, 'costs']),
          );
      });
    }
  }
  if (isRecord(data.systeemroute)) collect(data.systeemroute.costs, ['systeemroute', 'costs']);
  return found;
}
