import type { Language, Localized } from '../i18n/language';
import { fold } from '../text/fold';

/** A language as an XLSForm header or `default_language` names it: "English (en)", "Français", "fr". */
export interface FormLanguage {
  readonly written: string;
  /** The code in parentheses, or the whole of a bare code; lower case. */
  readonly code?: string;
  /** The name before the code, folded: "english", "francais". */
  readonly name?: string;
  /** The product's language it is, if it is one. */
  readonly product?: Language;
}

const CODED = /\(\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*\)\s*$/;
const BARE_CODE = /^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$/;
const PRODUCT: ReadonlyMap<string, Language> = new Map<string, Language>([
  ...['en', 'eng', 'english', 'anglais'].map((name) => [name, 'en'] as const),
  ...['fr', 'fra', 'fre', 'french', 'francais'].map((name) => [name, 'fr'] as const),
]);

export function formLanguage(text: string): FormLanguage {
  const written = text.trim();
  const coded = CODED.exec(written);
  const bare = coded ? null : BARE_CODE.exec(written);
  const code = (coded?.[1] ?? bare?.[1])?.toLowerCase();
  const name = bare ? '' : fold(coded ? written.slice(0, coded.index) : written);
  const product = (code && PRODUCT.get(code)) || PRODUCT.get(name);
  return { written, ...(code ? { code } : {}), ...(name ? { name } : {}), ...(product ? { product } : {}) };
}

export function sameLanguage(a: FormLanguage, b: FormLanguage): boolean {
  return fold(a.written) === fold(b.written) || (a.code !== undefined && a.code === b.code) || (a.name !== undefined && a.name === b.name);
}

/** One row's text of a translatable column, in the column's language (none for a plain `label`). */
export interface Translation {
  readonly language?: FormLanguage;
  readonly text: string;
}

/**
 * A text in the product's languages: the English and the French the form gives, each falling back
 * to the default language's, else the text of the plain column, else the first text present.
 * `others` are the texts in other languages, for matching answers written in them.
 */
export function localize(texts: readonly Translation[], defaultLanguage?: FormLanguage): { text: Localized; others: string[] } | undefined {
  const present = texts.filter((t) => t.text !== '');
  if (present.length === 0) return undefined;
  const inLanguage = (lang: Language) => present.find((t) => t.language?.product === lang)?.text;
  const inDefault = defaultLanguage && present.find((t) => t.language && sameLanguage(t.language, defaultLanguage));
  const fallback = (inDefault ?? present.find((t) => !t.language) ?? present[0]).text;
  const text = { en: inLanguage('en') ?? fallback, fr: inLanguage('fr') ?? fallback };
  return { text, others: present.map((t) => t.text).filter((t) => t !== text.en && t !== text.fr) };
}
