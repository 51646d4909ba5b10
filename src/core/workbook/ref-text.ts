import type { CellRef } from './address';

/** "Responses!B5", or "'CRM data'!B5" where the sheet name needs quoting, as Excel writes it. */
export function refText(ref: CellRef): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(ref.sheet) ? ref.sheet : `'${ref.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${ref.cell}`;
}
