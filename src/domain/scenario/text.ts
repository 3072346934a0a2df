export type Lang = 'nl' | 'en';

/** Player-facing text: Dutch always present, English optional (falls back to Dutch). */
export interface Text {
  readonly nl: string;
  readonly en?: string;
}

export function pick(text: Text, lang: Lang): string {
  return (lang === 'en' ? text.en : undefined) ?? text.nl;
}

/** The language the text is actually shown in (Dutch when no English version exists). */
export function langOf(text: Text, lang: Lang): Lang {
  return lang === 'en' && text.en ? 'en' : 'nl';
}
