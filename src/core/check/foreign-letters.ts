import type { Language } from '../i18n/language';
import type { Member } from '../members/types';
import type { ForeignLetter, Script } from '../text/scripts';
import { q } from './message-parts';

/** Past this many letters from another alphabet, a message counts them instead of placing each. */
const PLACED = 5;

const ORDINALS: Readonly<Record<Language, readonly string[]>> = {
  en: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
  fr: ['première', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième'],
};

/** "first", "12th", "21st" (English); "première", "12e" (French, of a lettre). */
function ordinal(n: number, lang: Language): string {
  const word = ORDINALS[lang][n - 1];
  if (word) return word;
  if (lang === 'fr') return `${n}e`;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The alphabet named as an adjective, singular and plural: "is Cyrillic", "sont cyrilliques". */
const SCRIPT_WORDS: Readonly<Record<Language, Readonly<Record<Script, readonly [string, string]>>>> = {
  en: {
    Cyrillic: ['is Cyrillic', 'are Cyrillic'],
    Greek: ['is Greek', 'are Greek'],
    Armenian: ['is Armenian', 'are Armenian'],
    Cherokee: ['is Cherokee', 'are Cherokee'],
    other: ['is not a Latin letter', 'are not Latin letters'],
  },
  fr: {
    Cyrillic: ['est cyrillique', 'sont cyrilliques'],
    Greek: ['est grecque', 'sont grecques'],
    Armenian: ['est arménienne', 'sont arméniennes'],
    Cherokee: ['est cherokee', 'sont cherokees'],
    other: ['n’est pas une lettre latine', 'ne sont pas des lettres latines'],
  },
};

/** "a", "a and b", "a, b and c". */
function joined(parts: readonly string[], lang: Language): string {
  const and = lang === 'en' ? 'and' : 'et';
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/**
 * Which letters of a name come from another alphabet, placed and named: "its first letter, А, is Cyrillic";
 * "its first and second letters, М and а, are Cyrillic"; "sa première lettre, А, est cyrillique".
 */
export function foreignLettersText(letters: readonly ForeignLetter[], lang: Language): string {
  if (letters.length > PLACED) {
    const shown = `${letters
      .slice(0, 3)
      .map((l) => l.letter)
      .join(', ')}…`;
    return lang === 'en'
      ? `${letters.length} of its letters (${shown}) are not Latin letters`
      : `${letters.length} de ses lettres (${shown}) ne sont pas des lettres latines`;
  }
  const scripts = [...new Set(letters.map((l) => l.script))];
  return joined(
    scripts.map((script) => {
      const group = letters.filter((l) => l.script === script);
      const one = group.length === 1;
      const places = joined(
        group.map((l) => ordinal(l.position, lang)),
        lang,
      );
      const shown = joined(
        group.map((l) => l.letter),
        lang,
      );
      const [is, are] = SCRIPT_WORDS[lang][script];
      if (lang === 'en') return `its ${places} ${one ? 'letter' : 'letters'}, ${shown}, ${one ? is : are}`;
      return `${one ? 'sa' : 'ses'} ${places} ${one ? 'lettre' : 'lettres'}, ${shown}, ${one ? is : are}`;
    }),
    lang,
  );
}

/**
 * The message for a Member name typed with letters from another alphabet: which, where, from which
 * alphabet, and to type it in Latin letters (then the Member it is a few slips from, if one is).
 */
export const FOREIGN_MEMBER_MESSAGE: Readonly<Record<Language, (name: string, letters: readonly ForeignLetter[], suggestion?: Member) => string>> = {
  en: (name, letters, suggestion) =>
    `${q.en(name)} is not a WCO Member name as typed: ${foreignLettersText(letters, 'en')}. Type the name in Latin letters${suggestion ? `: ${suggestion.name.en}` : ''}.`,
  fr: (name, letters, suggestion) =>
    `${q.fr(name)} n’est pas, tel qu’il est saisi, le nom d’un Membre de l’OMD : ${foreignLettersText(letters, 'fr')}. Saisissez le nom en lettres latines${suggestion ? ` : ${suggestion.name.fr}` : ''}.`,
};
