import type { PathSegment } from '../parse/yaml-locate.ts';
import { costItems } from './cost-paths.ts';
import { format3Features } from './format-3-features.ts';
import type { LaterFeature } from './later-feature.ts';

/** One change an upgrade makes in a file: only deleting a key, so every other path (and its line) stays put. */
export interface FormatEdit {
  readonly path: readonly PathSegment[];
  /** Dutch: what was changed here and why nothing is lost. */
  readonly change: string;
}

export type { LaterFeature } from './later-feature.ts';

export interface FormatUpgrade {
  readonly from: number;
  readonly to: number;
  /** Dutch, for the guide and the note: what this version changed. */
  readonly summary: string;
  /** Pure: the edits that turn a file in format `from` into one in format `to` (the number itself aside). */
  readonly edits: (data: unknown) => readonly FormatEdit[];
  /** Pure: where a file that states format `from` already uses what only format `to` has. */
  readonly laterFeatures: (data: unknown) => readonly LaterFeature[];
}

/**
 * Every format change, oldest first. A format moves when an older game could not read a newer file: format 2
 * has `until:` (count the periods to the next moment or to the horizon), which a game that reads format 1
 * would call an unknown key. The upgrade also drops a `duration` on a one-off amount: format 1 allowed it with
 * a warning, and it never counted.
 */
export const FORMAT_UPGRADES: readonly FormatUpgrade[] = [
  {
    from: 1,
    to: 2,
    summary: "formaat 2 telt perioden voor je (until: volgend_moment of einde) en kent geen 'duration' bij een eenmalig bedrag",
    edits: (data) =>
      costItems(data)
        .filter(({ item }) => item.frequency === 'eenmalig' && Object.hasOwn(item, 'duration'))
        .map(({ path, item }) => ({
          path: [...path, 'duration'],
          change: `'duration: ${String(item.duration)}' weggehaald bij dit eenmalige bedrag: het telde al maar één keer`,
        })),
    laterFeatures: (data) =>
      costItems(data)
        .filter(({ item }) => Object.hasOwn(item, 'until'))
        .map(({ path }) => ({ path: [...path, 'until'], key: 'until' })),
  },
  {
    from: 2,
    to: 3,
    summary:
      'formaat 3 kent een peildatum, teksten die de route volgen (text_variants, consequence_variants), eindes met requires, leeftijden die meetellen ({leeftijd.id}), soorten posten (kind), referentiebedragen, het decor (stage) en de vier fasen van de nabespreking',
    edits: () => [],
    laterFeatures: format3Features,
  },
];

/** The upgrades from `format` to the newest, in order. */
export const upgradesFrom = (format: number): readonly FormatUpgrade[] => FORMAT_UPGRADES.filter((u) => u.from >= format);
