import { formatWholeNumber } from '../../i18n/intl.ts';

export { esc } from '../../domain/report/escape-markup.ts';

/** Whole euros; the no-break space keeps "€" with its amount. */
export const euro = (cents: number) => `€\u00a0${formatWholeNumber(cents / 100, 'nl')}`;
