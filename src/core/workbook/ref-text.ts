import type { CellRef } from './address';

/** "Responses!B5", or "'CRM data'!B5" where the sheet name needs quoting, as Excel writes it. */
export function refText(ref: CellRef): string {
  const sheet = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(ref.sheet) ? ref.sheet : `'${ref.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${ref.cell}`;
}
