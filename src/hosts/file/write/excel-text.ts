import { xmlSafe } from '../package/xml';

/** Excel's limit on the length of a cell's text. */
const EXCEL_TEXT_LIMIT = 32_767;

/**
 * Text as Excel must find it in the XML to read back what the plan says: without the characters
 * XML forbids, at most 32,767 characters (never half a surrogate pair), and with the `_` of any
 * `_xHHHH_` written `_x005F_`, since Excel reads `_xHHHH_` as an escaped character.
 */
export function excelText(text: string): string {
  return escapeUnderscores(capped(xmlSafe(text)));
}

function capped(text: string): string {
  if (text.length <= EXCEL_TEXT_LIMIT) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[EXCEL_TEXT_LIMIT - 1]) ? EXCEL_TEXT_LIMIT - 1 : EXCEL_TEXT_LIMIT;
  return text.slice(0, cut);
}

function escapeUnderscores(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
}
