/**
 * Whether an Excel number format shows a number as a date or a time, so that a host reads the
 * cell as a date. Excel stores dates as plain numbers: the format is the only sign.
 *
 * A format is a date format when, outside literal text, it uses a date or time code
 * (y, m, d, h, s, or b for the Buddhist year, in either case). Literal text is what is quoted
 * ("days"), escaped (\d), a `_x` space or a `*x` fill, and anything in brackets: colours,
 * conditions, locales ([$-409]) and elapsed-time codes, the latter always followed by `:mm`.
 * `General`, `0.00E+00`, `@` and currency formats have none of these codes.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string') return false;
  const codes = format
    .replace(/\\./g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[ymdhsb]/i.test(codes);
}
