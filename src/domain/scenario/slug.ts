/** An id as the scenario format allows it (ids of casussen, moments, options, payers, …): lower-case letters and digits, joined by - or _. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
