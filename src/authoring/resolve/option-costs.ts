import type { PathSegment } from '../parse/yaml-locate.ts';

/** What an authored option holds of costs: its own, and those of each argument of its onderbouwing. */
interface CostBearing<C> {
  readonly costs: readonly C[];
  readonly argue?: { readonly arguments: readonly { readonly costs: readonly C[] }[] } | undefined;
}

/** Every cost item of an authored option with its path in the file: the option's own, then each argument's. */
export function optionCosts<C>(option: CostBearing<C>, path: readonly PathSegment[]): { cost: C; path: PathSegment[] }[] {
  const own = option.costs.map((cost, c) => ({ cost, path: [...path, 'costs', c] }));
  const argued = (option.argue?.arguments ?? []).flatMap((argument, a) =>
    argument.costs.map((cost, c) => ({ cost, path: [...path, 'argue', 'arguments', a, 'costs', c] })),
  );
  return [...own, ...argued];
}

/** The option with each of its cost items (its own and its arguments') replaced. */
export function mapOptionCosts<O extends CostBearing<C>, C, D>(
  option: O,
  path: readonly PathSegment[],
  map: (cost: C, path: PathSegment[]) => D,
): Omit<O, 'costs' | 'argue'> & { costs: D[]; argue?: unknown } {
  const costs = option.costs.map((cost, c) => map(cost, [...path, 'costs', c]));
  if (!option.argue) return { ...option, costs };
  const argue = {
    ...option.argue,
    arguments: option.argue.arguments.map((argument, a) => ({
      ...argument,
      costs: argument.costs.map((cost, c) => map(cost, [...path, 'argue', 'arguments', a, 'costs', c])),
    })),
  };
  return { ...option, costs, argue };
}
