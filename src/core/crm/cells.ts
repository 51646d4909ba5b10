import type { ReadCell } from '../read/model';
import { cellAt, type CellValue } from '../workbook/snapshot';
import type { Blankable } from './model';
import { refOf, type Region } from '../workbook/region';

/** A non-blank cell, read; nothing for a blank cell or a column the sheet lacks. */
export function readCell<T>(region: Region, row: number, column: number | undefined, parse: (raw: CellValue) => T): ReadCell<T> | undefined {
  if (column === undefined) return undefined;
  const raw = cellAt(region.sheet, row, column);
  return raw && { ref: refOf(region, row, column), raw, parsed: parse(raw) };
}

/** A cell that must be filled in: blank or read; nothing for a column the sheet lacks. */
export function readBlankable<T>(region: Region, row: number, column: number | undefined, parse: (raw: CellValue) => T): Blankable<T> | undefined {
  if (column === undefined) return undefined;
  const cell = readCell(region, row, column, parse);
  return cell ? { kind: 'named', ...cell } : { kind: 'blank', ref: refOf(region, row, column) };
}
