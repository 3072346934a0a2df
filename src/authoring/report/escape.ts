export { esc } from '../../domain/report/escape-markup.ts';

/** Whole euros; the no-break space keeps "€" with its amount. */
export const euro = (cents: number) => `€\u00a0${(cents / 100).toLocaleString('nl-NL', { maximumFractionDigits: 0 })}`;
