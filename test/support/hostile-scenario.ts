/**
 * Generators for casus files of hostile shapes: long chains, many yes/no variables, wide diamonds.
 * Each returns YAML text in the casus format, valid for the loader, so tests and the checker benchmark
 * can feed it through `loadScenario` exactly as a trainer's file would go.
 *
 * Files are kept small (flow style, value effects shared through YAML anchors) so that a 5000-moment
 * chain stays under 1 MB, the size the checker promises to answer quickly whatever the shape.
 */

/** An option as the generators describe it; rendered to one line of flow-style YAML. */
interface GenOption {
  readonly id: string;
  readonly to: { readonly next: string } | { readonly ending: string };
  readonly requires?: string;
  readonly set?: string;
  readonly add?: string;
  /** Euro, one-off; left out when 0. */
  readonly euro?: number;
}

interface GenMoment {
  readonly id: string;
  readonly month?: number;
  readonly options: readonly GenOption[];
}

interface GenScenario {
  readonly id: string;
  readonly state?: Readonly<Record<string, boolean | number>>;
  readonly start: string;
  readonly moments: readonly GenMoment[];
}

/** Distinct value effects, each one anchor; the yaml package allows an anchor up to 1000 aliases. */
const EFFECTS = 24;
const effect = (n: number): string => {
  const l = (n % 5) - 2;
  const b = ((n * 7) % 9) - 4;
  const r = ((n * 3) % 7) - 3;
  return `{ legitimiteit: { delta: ${l}, reason: l }, betrokkenheid: { delta: ${b}, reason: b }, rendement: { delta: ${r}, reason: r } }`;
};

/** A one-off cost of `euro`, written out once and shared through an anchor after that. */
function costs(euro: number, defined: Set<string>): string {
  const anchor = `k${euro}`;
  if (defined.has(anchor)) return `*${anchor}`;
  defined.add(anchor);
  return `&${anchor} [{ item: k, amount: ${euro}, frequency: eenmalig, payer: p, estimate: s }]`;
}

function renderOption(option: GenOption, serial: number, defined: Set<string>): string {
  const anchor = `e${serial % EFFECTS}`;
  const values = defined.has(anchor) ? `*${anchor}` : `&${anchor} ${effect(serial % EFFECTS)}`;
  defined.add(anchor);
  const parts = [`id: ${option.id}`, `label: ${option.id}`];
  if (option.requires) parts.push(`requires: { ${option.requires} }`);
  if (option.euro) parts.push(`costs: ${costs(option.euro, defined)}`);
  parts.push(`values: ${values}`);
  if (option.set) parts.push(`set: { ${option.set} }`);
  if (option.add) parts.push(`add: { ${option.add} }`);
  parts.push('consequence: c');
  parts.push('next' in option.to ? `next: ${option.to.next}` : `ending: ${option.to.ending}`);
  return `{ ${parts.join(', ')} }`;
}

function render(scenario: GenScenario): string {
  const lines = [
    'format: 1',
    `id: ${scenario.id}`,
    `title: ${scenario.id}`,
    'summary: Gegenereerde casus voor de prestatietest van de controle.',
    'source: { document: "002", title: Doen wat nodig is, line: 897 }',
    'horizon_months: 120',
    'payers: { p: { name: Gemeente } }',
    'household: [{ id: a, name: A, role: moeder, age: 40, figure: vrouw }]',
  ];
  const state = Object.entries(scenario.state ?? {});
  lines.push(state.length === 0 ? 'state: {}' : 'state:', ...state.map(([name, value]) => `  ${name}: ${value}`));
  lines.push(`start: ${scenario.start}`, 'moments:');
  const defined = new Set<string>();
  let serial = 0;
  for (const moment of scenario.moments) {
    const options = moment.options.map((option) => renderOption(option, serial++, defined));
    const month = moment.month ? `month: ${moment.month}, ` : '';
    lines.push(`  ${moment.id}: { title: t, ${month}text: t, options: [${options.join(', ')}] }`);
  }
  lines.push(
    'endings:',
    '  goed: { title: Goed, text: Goed., tone: goed }',
    '  mis: { title: Zorgelijk, text: Zorgelijk., tone: zorgelijk }',
    'systeemroute:',
    '  title: Standaard',
    '  text: Standaard.',
    '  costs: [{ item: s, amount: 50000, frequency: eenmalig, payer: p, estimate: s }]',
    '',
  );
  return lines.join('\n');
}

const euro = (i: number, option: number): number => ((i * 37 + option * 101) % 400) + 10;

export type BinaryReads = 'none' | 'previous' | 'all-at-end';

/**
 * n moments in a row, each with a yes and a no option that set its own yes/no variable: 2^n routes.
 * reads: 'none' (set but never read: the usual casus), 'previous' (each moment's options read the
 * previous moment's variable, one each way: never a dead end), 'all-at-end' (a last moment has an
 * option that needs every variable true: 2^n states reach it, beyond any budget).
 */
export function binaryMoments(n: number, reads: BinaryReads = 'none'): string {
  const state = Object.fromEntries(Array.from({ length: n }, (_, i) => [`v${i + 1}`, false]));
  const moments: GenMoment[] = [];
  const after = (i: number, yes: boolean): GenOption['to'] =>
    i < n ? { next: `m${i + 1}` } : reads === 'all-at-end' ? { next: 'slot' } : { ending: yes ? 'goed' : 'mis' };
  for (let i = 1; i <= n; i++) {
    const guard = (value: boolean) => (reads === 'previous' && i > 1 ? `v${i - 1}: ${value}` : undefined);
    const options: GenOption[] = [
      { id: 'ja', to: after(i, true), set: `v${i}: true`, euro: euro(i, 0), ...(guard(true) ? { requires: guard(true) } : {}) },
      { id: 'nee', to: after(i, false), set: `v${i}: false`, euro: euro(i, 1), ...(guard(false) ? { requires: guard(false) } : {}) },
    ];
    if (reads === 'previous' && i > 1) options.push({ id: 'altijd', to: after(i, true), euro: euro(i, 2) });
    moments.push({ id: `m${i}`, month: Math.floor(((i - 1) * 100) / n), options });
  }
  if (reads === 'all-at-end') {
    const all = Array.from({ length: n }, (_, i) => `v${i + 1}: true`).join(', ');
    moments.push({
      id: 'slot',
      month: 100,
      options: [
        { id: 'alles-ja', to: { ending: 'goed' }, requires: all },
        { id: 'anders', to: { ending: 'mis' }, euro: 5 },
      ],
    });
  }
  return render({ id: `binair-${n}`, state, start: 'm1', moments });
}

/**
 * n moments in a row. Each goes on ('ga') or stops at an ending ('af') (n + 1 routes, deep ones); with `fork`, both
 * options go on (2^n routes). With `counter`, every step adds to a number the last moment reads: one
 * state still reaches each moment. Kept terse so that chain(5000) stays under 1 MB.
 */
export function chain(n: number, options: { fork?: boolean; counter?: boolean } = {}): string {
  const moments: GenMoment[] = [];
  for (let i = 1; i <= n; i++) {
    const on: GenOption['to'] = i < n ? { next: `m${i + 1}` } : { ending: 'goed' };
    const gate = options.counter && i === n ? { requires: `stappen: { gte: ${n - 1} }` } : {};
    moments.push({
      id: `m${i}`,
      options: [
        { id: 'ga', to: on, euro: euro(i, 0), ...(options.counter ? { add: 'stappen: 1' } : {}), ...gate },
        { id: 'af', to: options.fork && i < n ? on : { ending: 'mis' }, ...(options.fork ? { euro: euro(i, 1) } : {}) },
      ],
    });
  }
  const name = `keten-${n}${options.fork ? '-splitsend' : ''}${options.counter ? '-teller' : ''}`;
  return render({ id: name, state: options.counter ? { stappen: 0 } : {}, start: 'm1', moments });
}

/** `layers` layers of `width` (≤ 4) moments; every moment has 4 options into the next layer: about 4^layers routes over few states. */
export function wideDiamond(layers: number, width = 4): string {
  const starts = Array.from({ length: Math.min(4, width) }, (_, k) => k);
  const moments: GenMoment[] = [{ id: 'start', options: starts.map((k) => ({ id: `o${k}`, to: { next: `l1-${k}` }, euro: euro(0, k) })) }];
  for (let layer = 1; layer <= layers; layer++) {
    for (let w = 0; w < width; w++) {
      const to = (k: number): GenOption['to'] =>
        layer < layers ? { next: `l${layer + 1}-${(w + k) % width}` } : { ending: k % 2 === 0 ? 'goed' : 'mis' };
      moments.push({
        id: `l${layer}-${w}`,
        month: Math.floor(((layer - 1) * 100) / layers),
        options: [0, 1, 2, 3].map((k) => ({ id: `o${k}`, to: to(k), euro: euro(layer * width + w, k) })),
      });
    }
  }
  return render({ id: `ruit-${layers}x${width}`, start: 'start', moments });
}

/** A short casus whose `state:` declares n yes/no variables, the first option setting them all: one very long map. */
export function manyVariables(n: number): string {
  const names = Array.from({ length: n }, (_, i) => `v${i + 1}`);
  const state = Object.fromEntries(names.map((name) => [name, false]));
  const moments: GenMoment[] = [
    {
      id: 'm1',
      options: [
        { id: 'alles', to: { next: 'm2' }, set: names.map((name) => `${name}: true`).join(', '), euro: 10 },
        { id: 'niets', to: { next: 'm2' }, euro: 20 },
      ],
    },
    {
      id: 'm2',
      options: [
        { id: 'ja', to: { ending: 'goed' }, requires: `v${n}: true`, euro: 30 },
        { id: 'nee', to: { ending: 'mis' }, euro: 40 },
      ],
    },
  ];
  return render({ id: `variabelen-${n}`, state, start: 'm1', moments });
}
