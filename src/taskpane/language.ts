export type Language = 'en' | 'fr';

/** The first language given decides: French for any fr* tag, English otherwise. */
export function pickLanguage(...tags: Array<string | null | undefined>): Language {
  const tag = tags.find((t) => t);
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
