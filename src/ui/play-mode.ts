/**
 * How the game is being used: a player on their own (`speler`), a trainer with a projector leading a room
 * (`klas`: large type, notes, timer, tally), or a trainer playing alone with the facilitator notes (`trainer`).
 */
export type PlayMode = 'speler' | 'klas' | 'trainer';

export const PLAY_MODES = ['speler', 'klas', 'trainer'] as const satisfies readonly PlayMode[];

/** Trainer notes are for trainers only: players never see them. */
export const showsNotes = (mode: PlayMode): boolean => mode !== 'speler';
