/**
 * A text cut to at most `max` characters, ending in "…" when cut, never half a surrogate pair:
 * a cell may hold 32,767 characters, too many to quote whole in a one-line message.
 */
export function shortened(text: string, max = 100): string {
  if (text.length <= max) return text;
  const kept = text.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(kept) ? kept.slice(0, -1) : kept}…`;
}
