import type ExcelJS from 'exceljs';
import { parseA1Range } from '../../core/workbook/address';
import type { Cell, SheetSnapshot, TableSnapshot } from '../../core/workbook/snapshot';
import { cellValue } from './cell-value';

/** A table as ExcelJS keeps it after loading (its typings describe the shape for adding a table instead). */
interface LoadedTable {
  readonly model: {
    readonly name?: string;
    /** The whole table, e.g. "A1:D20". */
    readonly tableRef?: string;
    readonly headerRow?: boolean;
    readonly totalsRow?: boolean;
  };
}

/**
 * One worksheet as a snapshot.
 * `headerRows` is each table's header-row setting read from the package, which ExcelJS gets wrong.
 */
export function readSheet(worksheet: ExcelJS.Worksheet, headerRows: ReadonlyMap<string, boolean>): SheetSnapshot {
  return { name: worksheet.name, rows: readRows(worksheet), tables: readTables(worksheet, headerRows) };
}

/** Every row with no cell shares this one: a stray cell in row 1,048,576 must not cost a million arrays. */
const NO_CELLS: readonly Cell[] = Object.freeze([]);

/** Rows and cells up to the last non-empty one, with no holes: a gap is `[]` or `undefined`. */
function readRows(worksheet: ExcelJS.Worksheet): (readonly Cell[])[] {
  const rows: Cell[][] = [];
  worksheet.eachRow((row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell((cell, columnNumber) => {
      const value = cellValue(cell);
      if (value !== undefined) cells[columnNumber - 1] = value;
    });
    if (cells.length > 0) rows[rowNumber - 1] = Array.from(cells);
  });
  return Array.from(rows, (cells) => cells ?? NO_CELLS);
}

function readTables(worksheet: ExcelJS.Worksheet, headerRows: ReadonlyMap<string, boolean>): TableSnapshot[] {
  const tables = worksheet.getTables() as unknown as LoadedTable[];
  return tables.flatMap(({ model }) => {
    const range = model.tableRef === undefined ? undefined : parseA1Range(model.tableRef);
    if (model.name === undefined || range === undefined) return [];
    return [
      {
        name: model.name,
        range,
        hasHeaderRow: headerRows.get(model.name) ?? model.headerRow ?? true,
        hasTotalsRow: model.totalsRow ?? false,
      },
    ];
  });
}
