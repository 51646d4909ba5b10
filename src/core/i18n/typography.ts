import { NBSP } from './numbers';

/**
 * French spacing, set where the French texts are defined: a non-breaking space before « : », « ; »,
 * « ? », « ! » and « % » and inside « », so that a line never starts with the sign nor ends with «.
 * Only spaces change: names and files within a text stay as they are written.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;?!%»])/g, `${NBSP}$1`).replace(/« /g, `«${NBSP}`);
}

/** French texts as defined, every one of them spaced as French is printed: where each French dictionary is written. */
export function french<const T>(texts: T): T {
  return setTexts(texts, frenchSpacing);
}

/** Every text of a tree of texts (strings, lists of them, and functions that return them) set with `set`. */
export function setTexts<T>(texts: T, set: (text: string) => string): T {
  if (typeof texts === 'string') return set(texts) as T;
  if (typeof texts === 'function') return ((...args: unknown[]) => setTexts((texts as (...a: unknown[]) => unknown)(...args), set)) as T;
  if (Array.isArray(texts)) return texts.map((text: unknown) => setTexts(text, set)) as T;
  if (texts !== null && typeof texts === 'object') {
    return Object.fromEntries(Object.entries(texts).map(([key, value]) => [key, setTexts(value, set)])) as T;
  }
  return texts;
}
