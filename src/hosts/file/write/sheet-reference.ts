import { type CellRange, columnLetters, rangeA1 } from '../../../core';

/** `'Charts'!$B$3:$B$8`: a range of a sheet as formulas, names and charts refer to it. The quotes are always allowed. */
export function absoluteReference(sheet: string, range: CellRange): string {
  const corner = (row: number, column: number) => `$${columnLetters(column)}$${row}`;
  const cells = isCell(range) ? corner(range.top, range.left) : `${corner(range.top, range.left)}:${corner(range.bottom, range.right)}`;
  return `${quoted(sheet)}!${cells}`;
}

/** `'CRM Summary'!$5:$5`: whole rows (or columns, `$A:$A`) of a sheet, as a print-titles name refers to them. */
export function rowsReference(sheet: string, rows: string): string {
  return `${quoted(sheet)}!${rows}`;
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** `C8:C13`, or `C8` for a single cell: a range as `dimension` and `sqref` give it. */
export function areaA1(range: CellRange): string {
  const area = rangeA1(range);
  return isCell(range) ? area.split(':')[0] : area;
}

function isCell({ top, left, bottom, right }: CellRange): boolean {
  return top === bottom && left === right;
}
