/**
 * Folds a name or an answer to the key it is matched by: no case, no accents,
 * no punctuation, single spaces. "Côte d'Ivoire " and "cote d ivoire" fold alike.
 */
export function fold(value: string): string {
  return value
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
