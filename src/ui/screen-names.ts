/**
 * The app's screens, in the order a visit meets them: the one list. The view draws by these names and the app
 * machine's `screen` region has exactly these states (app-machine.test.ts checks both ways).
 */
export const SCREENS = ['loading', 'title', 'opening', 'playing', 'error'] as const;

export type Screen = (typeof SCREENS)[number];
