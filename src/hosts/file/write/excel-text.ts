import { withinTextLimit } from '../../look';
import { xmlSafe } from '../package/xml';

/**
 * Text as Excel must find it in the XML to read back what the plan says: without the characters
 * XML forbids, at most 32,767 characters (never half a surrogate pair), and with the `_` of any
 * `_xHHHH_` written `_x005F_`, since Excel reads `_xHHHH_` as an escaped character.
 */
export function excelText(text: string): string {
  return escapeUnderscores(withinTextLimit(xmlSafe(text)));
}

function escapeUnderscores(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
}
