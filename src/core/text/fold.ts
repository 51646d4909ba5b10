/**
 * Characters that take no room and show nothing: the soft hyphen, the zero-width space, non-joiner
 * and joiner, the left-to-right and right-to-left marks, the bidirectional embeddings, overrides and
 * isolates, the word joiner and the invisible operators, the Mongolian vowel separator, and the byte
 * order mark (a zero-width no-break space inside a text). Text pasted from a web page, a PDF, an
 * e-mail or a right-to-left document carries them; "F1\u200B", "\u200EMember" and "Re\u00ADceived"
 * show as F1, Member and Received, and are read as what they show.
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * The text as it shows: without its invisible characters. Every match of a header, a Member, an
 * answer, a date or a number goes through here (through `fold` or directly), and so does every text a
 * message quotes, so that what a person reads in the cell is what is matched and what is quoted back.
 * A free-text answer is kept as written (a joiner may matter in Persian or in an emoji).
 */
export function visibleText(value: string): string {
  return value.replace(INVISIBLE, '');
}

/**
 * Folds a name or an answer to the key it is matched by: no invisible characters, no case, no accents,
 * no punctuation, single spaces. "Côte d'Ivoire " and "cote d ivoire" fold alike.
 */
export function fold(value: string): string {
  return visibleText(value)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The same key without spaces, so that "Hong Kong" and "HongKong" meet. */
export function foldTight(value: string): string {
  return fold(value).replace(/ /g, '');
}
