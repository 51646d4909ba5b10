import type { NumberFormat, PlanValue, SheetPlan } from '../../../core';
import { excelFormat, excelValue, type ExcelValue } from './cell-formats';

/**
 * The most a write request carries in values and number formats. Excel on the web refuses a request
 * over 5 MB; half the 4 MB budget leaves room for the commands around the cells.
 */
export const BYTES_PER_REQUEST = 2_000_000;

/**
 * A rectangle of cells to write with two 2-D assignments: number formats, then values.
 * `null` leaves a cell as it is (in a new sheet: empty), as Office.js reads null in a 2-D array.
 */
export interface CellWrite {
  readonly sheet: string;
  /** 1-based, as in the plan. */
  readonly top: number;
  readonly left: number;
  readonly values: (ExcelValue | null)[][];
  readonly formats: (string | null)[][];
  /** What the two assignments weigh in a request: the JSON of their arrays. */
  readonly bytes: number;
}

/** A sheet plan's cells: each block, then each table's header row (text, so Text format) and rows. */
export function cellWrites(sheet: SheetPlan): CellWrite[] {
  return [
    ...sheet.blocks.map((block) => cellWrite(sheet.name, block.top, block.left, block.rows, (_, c) => block.formats?.[c])),
    ...sheet.tables.map((table) =>
      cellWrite(sheet.name, table.top, table.left, [table.columns, ...table.rows], (r, c) =>
        r === 0 ? undefined : (table.cellFormats?.[r - 1]?.[c] ?? table.formats?.[c]),
      ),
    ),
  ].filter((write) => write.values.length > 0 && write.values[0].length > 0);
}

/** The writes in order, cut into whole rows where needed, grouped into requests of at most `maxBytes`. */
export function writeRequests(writes: readonly CellWrite[], maxBytes = BYTES_PER_REQUEST): CellWrite[][] {
  return inRequests(
    writes.flatMap((write) => piecesOf(write, maxBytes)),
    maxBytes,
  );
}

/** Pieces in order, grouped into requests of at most `maxBytes` each (a piece larger alone in its own). */
export function inRequests<T extends { readonly bytes: number }>(pieces: readonly T[], maxBytes: number): T[][] {
  const requests: T[][] = [];
  let bytes = Infinity;
  for (const piece of pieces) {
    if (bytes + piece.bytes > maxBytes) {
      requests.push([]);
      bytes = 0;
    }
    requests[requests.length - 1].push(piece);
    bytes += piece.bytes;
  }
  return requests;
}

function cellWrite(
  sheet: string,
  top: number,
  left: number,
  rows: readonly (readonly PlanValue[])[],
  /** By row of `rows` (a table's header row first) and column. */
  formatAt: (row: number, column: number) => NumberFormat | undefined,
): CellWrite {
  const width = widthOf(rows);
  const padded = rows.map((row) => Array.from({ length: width }, (_, c): PlanValue | undefined => row[c]));
  const values = padded.map((row) => row.map((value) => (value === undefined ? null : nullIfEmpty(excelValue(value)))));
  const cellFormats = padded.map((row, r) => row.map((value, c) => (value === undefined ? null : excelFormat(value, formatAt(r, c)))));
  return withBytes({ sheet, top, left, values, formats: cellFormats });
}

/** The widest row's length (a block's rows may be ragged). */
export function widthOf(rows: readonly (readonly unknown[])[]): number {
  return rows.reduce((width, row) => Math.max(width, row.length), 0);
}

function nullIfEmpty(value: ExcelValue): ExcelValue | null {
  return value === '' ? null : value;
}

/** In the JSON of a write's two arrays: their brackets, less one comma each; and a row's commas. */
const ARRAYS_BYTES = 2;
const ROW_SEPARATORS_BYTES = 2;

/** A write cut into whole rows of at most `maxBytes` (a single row heavier than that goes alone). */
function piecesOf(write: CellWrite, maxBytes: number): CellWrite[] {
  if (write.bytes <= maxBytes) return [write];
  const pieces: CellWrite[] = [];
  let start = 0;
  let bytes = ARRAYS_BYTES;
  write.values.forEach((_, r) => {
    const rowBytes = bytesOf(write.values[r]) + bytesOf(write.formats[r]) + ROW_SEPARATORS_BYTES;
    if (r > start && bytes + rowBytes > maxBytes) {
      pieces.push(rowsOf(write, start, r));
      start = r;
      bytes = ARRAYS_BYTES;
    }
    bytes += rowBytes;
  });
  return [...pieces, rowsOf(write, start, write.values.length)];
}

function rowsOf(write: CellWrite, start: number, end: number): CellWrite {
  return withBytes({ ...write, top: write.top + start, values: write.values.slice(start, end), formats: write.formats.slice(start, end) });
}

function withBytes(write: Omit<CellWrite, 'bytes'>): CellWrite {
  return { ...write, bytes: bytesOf(write.values) + bytesOf(write.formats) };
}

const utf8 = new TextEncoder();

/** The UTF-8 size of the value's JSON, as the request carries it. */
export function bytesOf(value: unknown): number {
  return utf8.encode(JSON.stringify(value)).length;
}
