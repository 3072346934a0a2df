/** The interface languages, defined here once: every list of languages, setting and URL value derives from it. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Player-facing text: Dutch always present, the other languages optional (they fall back to Dutch). */
export type Text = { readonly nl: string } & { readonly [L in Exclude<Lang, 'nl'>]?: string };

export function pick(text: Text, lang: Lang): string {
  return text[lang] ?? text.nl;
}

/** The language the text is actually shown in (Dutch when no version in `lang` exists). */
export function langOf(text: Text, lang: Lang): Lang {
  return text[lang] ? lang : 'nl';
}
