/** Counts per option id, as the room's tally reports them (its own module: session events carry one too). */
export type Tally = Readonly<Record<string, number>>;
