/** The template a new casus starts from: one import, so the template can move without touching the werkplaats. */
export const loadTemplate = (): Promise<string> => import('../../../scenarios/sjabloon/sjabloon.yaml?raw').then((m) => m.default);
