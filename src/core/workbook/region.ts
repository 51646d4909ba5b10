import { foldTight } from '../text/fold';
import { a1 } from './address';
import { sameExcelName } from './excel-names';
import { cellAt, type CellRange, type SheetSnapshot, type WorkbookSnapshot } from './snapshot';

/** A header row (`top`) and the data rows below it, down to `bottom`. */
export interface Region extends CellRange {
  readonly sheet: SheetSnapshot;
}

/**
 * The table of that name on any sheet (preferred), else the sheet of that name from its first non-empty row.
 * A table's region ends at the sheet's last cell: a table may reach row 1,048,576 or past the last
 * column, and its empty rows are not worth a pass each.
 */
export function findRegion(workbook: WorkbookSnapshot, names: { table: string; sheet: string }): Region | undefined {
  for (const sheet of workbook.sheets) {
    const table = sheet.tables.find((t) => sameExcelName(t.name, names.table));
    if (table) {
      const { top, left, right, bottom } = table.range;
      const lastRow = Math.min(bottom - (table.hasTotalsRow ? 1 : 0), sheet.rows.length);
      return { sheet, top, left, right: Math.min(right, widest(sheet)), bottom: lastRow };
    }
  }
  const sheet = workbook.sheets.find((s) => foldTight(s.name) === foldTight(names.sheet));
  return sheet && sheetRegion(sheet);
}

/** A sheet from its first non-empty row, which heads it. */
export function sheetRegion(sheet: SheetSnapshot): Region | undefined {
  const top = sheet.rows.findIndex((row) => row?.some((cell) => cell !== undefined)) + 1;
  if (top === 0) return undefined;
  return { sheet, top, left: 1, bottom: sheet.rows.length, right: widest(sheet) };
}

function widest(sheet: SheetSnapshot): number {
  return sheet.rows.reduce((most, row) => Math.max(most, row?.length ?? 0), 0);
}

export function refOf(region: Region, row: number, column: number) {
  return { sheet: region.sheet.name, cell: a1(row, column) };
}

/** Data rows that hold something in one of the given columns. */
export function dataRows(region: Region, columns: readonly number[]): number[] {
  const rows: number[] = [];
  for (let row = region.top + 1; row <= region.bottom; row++) {
    if (columns.some((column) => cellAt(region.sheet, row, column))) rows.push(row);
  }
  return rows;
}
