import { visibleText } from '../text/fold';

/**
 * The host-neutral picture of a workbook: what every host produces on the way in.
 * Values are normalised by the host; the core never sees ExcelJS or Office.js objects.
 */

/** Excel's error values, as Excel writes them. */
export const EXCEL_ERRORS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
] as const;
export type ExcelError = (typeof EXCEL_ERRORS)[number];

/**
 * One cell's value. A formula cell carries its last calculated result.
 * A date is an Excel serial number (days since 1899-12-30, time as the fraction),
 * so that both hosts agree whatever the time zone of the machine.
 */
export type CellValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'date'; readonly serial: number }
  | { readonly kind: 'error'; readonly error: ExcelError | string };

/** An empty cell is `undefined`: blank text is normalised to empty by the hosts. */
export type Cell = CellValue | undefined;

/** A rectangle of cells, 1-based and inclusive, as in A1 notation. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface TableSnapshot {
  readonly name: string;
  /** The whole table, header and totals rows included. */
  readonly range: CellRange;
  readonly hasHeaderRow: boolean;
  readonly hasTotalsRow: boolean;
}

export interface SheetSnapshot {
  readonly name: string;
  /**
   * `rows[r][c]` is the cell at row r + 1, column c + 1 (A1 is `rows[0][0]`).
   * Rows may be ragged and may have holes; a missing cell is empty.
   * A merged area keeps its value in its top-left cell only, as Excel reports it.
   */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>;
  readonly tables: ReadonlyArray<TableSnapshot>;
  /** The add-in wrote this sheet (its marker survives renames): never an input, replaced by a re-run. */
  readonly owned?: boolean;
  /**
   * The cells (A1) holding a formula saved without its calculated value, read as empty: the file was
   * written by a program that does not calculate (a script) and never opened in Excel.
   */
  readonly uncalculated?: readonly string[];
  /** Merged areas: Excel keeps their value in the top-left cell only (the file host reads them). */
  readonly merged?: readonly CellRange[];
  /** The hidden columns, by number (A is 1), where the host reads them (the file host). */
  readonly hiddenColumns?: readonly number[];
  /** The hidden rows (by hand, or by a filter), by number, ascending, where the host reads them (the file host). */
  readonly hiddenRows?: readonly number[];
}

export interface WorkbookSnapshot {
  readonly sheets: ReadonlyArray<SheetSnapshot>;
}

/** A text cell; one holding only spaces or characters that show nothing (a zero-width space) is empty. */
export function textCell(value: string): Cell {
  return visibleText(value).trim() === '' ? undefined : { kind: 'text', text: value };
}

export function cellAt(sheet: SheetSnapshot, row: number, column: number): Cell {
  return sheet.rows[row - 1]?.[column - 1];
}
