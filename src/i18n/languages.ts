import type { Lang } from '../domain/scenario/text.ts';

export { LANGS, type Lang } from '../domain/scenario/text.ts';

/** What the interface needs of each language in LANGS: a missing one is a type error here. */
export const LANGUAGES: Readonly<Record<Lang, { readonly locale: string; readonly label: string; readonly name: string }>> = {
  nl: { locale: 'nl-NL', label: 'NL', name: 'Nederlands' },
  en: { locale: 'en-GB', label: 'EN', name: 'English' },
};

/** The BCP 47 locale every formatter of a language uses. */
export const localeOf = (lang: Lang): string => LANGUAGES[lang].locale;
