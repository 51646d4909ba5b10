import { columnLetters } from '../../../core/workbook/address';

/** `'Charts'!$B$3:$B$8`: a range of a sheet as formulas, names and charts refer to it. The quotes are always allowed. */
export function absoluteReference(sheet: string, range: { top: number; left: number; bottom: number; right: number }): string {
  const corner = (row: number, column: number) => `$${columnLetters(column)}$${row}`;
  const single = range.top === range.bottom && range.left === range.right;
  const cells = single ? corner(range.top, range.left) : `${corner(range.top, range.left)}:${corner(range.bottom, range.right)}`;
  return `'${sheet.replace(/'/g, "''")}'!${cells}`;
}
