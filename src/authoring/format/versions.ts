import pkg from '../../../package.json' with { type: 'json' };

/** The casus format this game writes and reads natively; older ones are upgraded on load (upgrades.ts). */
export const SCENARIO_FORMAT = 3;
/** The oldest casus format this game still reads. */
export const OLDEST_SCENARIO_FORMAT = 1;
/** The shared payer and tariff lists have a format of their own, unchanged since version 1. */
export const CATALOGUE_FORMAT = 1;
/** This game's version (package.json), named when a file needs a newer one. */
export const GAME_VERSION: string = pkg.version;

/** "1 tot en met 2", or "1" when a game reads one format only: for messages. */
export const readableFormats = (oldest: number, newest: number): string =>
  oldest === newest ? String(newest) : `${oldest} tot en met ${newest}`;
