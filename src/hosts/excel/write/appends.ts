import { excelNameKey, sameExcelName, WorkbookUnusableError, type PlanValue, type TableAppendPlan, type WorkbookPlan } from '../../../core';
import { excelValue } from './cell-formats';
import { BYTES_PER_REQUEST, bytesOf, inRequests } from './cell-writes';

/** Excel's Text format: a text written into a cell of it stays the text, whatever it begins with. */
const TEXT = '@';

/**
 * A table the plan adds rows under, found while the write inspects the workbook: its sheet's name, its
 * header and whether the rows under it hold anything, loaded in the inspection's second request. Never
 * its body: what a write costs does not grow with the rows already there.
 */
export interface AppendTarget {
  readonly plan: TableAppendPlan;
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  readonly header: Excel.Range;
  /** The cells with values in the rows the new ones will take, within the table's columns: a null object when there are none. */
  readonly below: Excel.Range;
}

/** The plan's appends that add a row. */
export function appendsOf(plan: WorkbookPlan): readonly TableAppendPlan[] {
  return (plan.appends ?? []).filter((append) => append.rows.length > 0);
}

/**
 * Queues what each append's table must be checked for, from the workbook's tables (their names loaded).
 * A table no longer there stops the write: the plan no longer fits the workbook.
 */
export function queueAppendChecks(plan: WorkbookPlan, tables: readonly Excel.Table[]): AppendTarget[] {
  return appendsOf(plan).map((append) => {
    const table = tables.find((t) => sameExcelName(t.name, append.table));
    if (table === undefined) throw new WorkbookUnusableError('table-changed', { table: append.table, sheet: append.sheet });
    return {
      plan: append,
      table,
      sheet: table.worksheet.load('name'),
      header: table.getHeaderRowRange().load('values'),
      below: table.getRange().getRowsBelow(append.rows.length).getUsedRangeOrNullObject(true).load('rowIndex'),
    };
  });
}

/**
 * Once loaded: each table still on its sheet with the columns read (the user may have changed it since),
 * and no value of the sheet's where its new rows go; else the write stops before anything is written, as
 * the file host stops it.
 */
export function assertAppendsFit(targets: readonly AppendTarget[]): void {
  for (const { plan, sheet, header, below } of targets) {
    const columns = header.values[0] ?? [];
    const same =
      sameExcelName(sheet.name, plan.sheet) &&
      columns.length === plan.columns.length &&
      columns.every((value, i) => excelNameKey(String(value).trim()) === excelNameKey(plan.columns[i]));
    if (!same) throw new WorkbookUnusableError('table-changed', { table: plan.table, sheet: plan.sheet });
    if (!below.isNullObject) throw new WorkbookUnusableError('cells-below-table', { table: plan.table, sheet: plan.sheet, row: below.rowIndex + 1 });
  }
}

/**
 * Rows to add under a table in one request. `TableRowCollection.add` writes its values as if typed, so
 * texts go apart: the rows are added with their numbers and booleans (a date is its serial, and takes the
 * column's date format, which Excel extends to the new row with the column's other formats and its data
 * validation), then the texts' cells are formatted as Text and the texts written into them, exactly as given.
 */
export interface RowsWrite {
  readonly target: AppendTarget;
  /** What `add` writes: numbers and booleans; '' where a text goes, or nothing. */
  readonly values: (string | number | boolean)[][];
  /** Text where a text goes; null leaves the format Excel extended. */
  readonly formats: (string | null)[][];
  /** The texts; null leaves the cell as `add` wrote it. */
  readonly texts: (string | null)[][];
  readonly hasTexts: boolean;
  readonly bytes: number;
}

/** The appends' rows in order, cut into whole rows where needed, grouped into requests of at most `maxBytes`. */
export function appendRequests(targets: readonly AppendTarget[], maxBytes = BYTES_PER_REQUEST): RowsWrite[][] {
  return inRequests(
    targets.flatMap((target) => piecesOf(target, maxBytes)),
    maxBytes,
  );
}

/** Queues each write's rows: added under the table, then their texts as text. */
export function queueRows(writes: readonly RowsWrite[]): void {
  for (const write of writes) {
    // undefined: at the end of the table (Office.js sends it as null).
    const top = write.target.table.rows.add(undefined, write.values);
    if (!write.hasTexts) continue;
    const added = top.getRange().getResizedRange(write.values.length - 1, 0);
    // The format first: a cell formatted as Text takes the value that follows as text.
    added.numberFormat = write.formats;
    added.values = write.texts;
  }
}

interface RowCells {
  readonly values: (string | number | boolean)[];
  readonly formats: (string | null)[];
  readonly texts: (string | null)[];
  readonly hasTexts: boolean;
  readonly bytes: number;
}

/** A row's cells as the three arrays of a RowsWrite, as wide as the table (a longer row is left for Excel to refuse). */
function rowCells(row: readonly PlanValue[], width: number): RowCells {
  const values: (string | number | boolean)[] = [];
  const formats: (string | null)[] = [];
  const texts: (string | null)[] = [];
  for (let c = 0; c < Math.max(width, row.length); c++) {
    const value = excelValue(row[c] ?? null);
    const text = typeof value === 'string' && value !== '';
    values.push(text ? '' : value);
    formats.push(text ? TEXT : null);
    texts.push(text ? value : null);
  }
  // Each array's row, and its comma in the request.
  const bytes = bytesOf(values) + bytesOf(formats) + bytesOf(texts) + 3;
  return { values, formats, texts, hasTexts: texts.some((t) => t !== null), bytes };
}

/** An append's rows cut into whole rows of at most `maxBytes` (a single row heavier than that goes alone). */
function piecesOf(target: AppendTarget, maxBytes: number): RowsWrite[] {
  const pieces: RowsWrite[] = [];
  let rows: RowCells[] = [];
  let bytes = 0;
  for (const row of target.plan.rows) {
    const cells = rowCells(row, target.plan.columns.length);
    if (rows.length > 0 && bytes + cells.bytes > maxBytes) {
      pieces.push(rowsWrite(target, rows, bytes));
      [rows, bytes] = [[], 0];
    }
    rows.push(cells);
    bytes += cells.bytes;
  }
  return rows.length > 0 ? [...pieces, rowsWrite(target, rows, bytes)] : pieces;
}

function rowsWrite(target: AppendTarget, rows: readonly RowCells[], bytes: number): RowsWrite {
  return {
    target,
    values: rows.map((r) => r.values),
    formats: rows.map((r) => r.formats),
    texts: rows.map((r) => r.texts),
    hasTexts: rows.some((r) => r.hasTexts),
    bytes,
  };
}
