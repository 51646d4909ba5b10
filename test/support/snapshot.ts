import type { Cell, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import { textCell } from '../../src/core/workbook/snapshot';

/** Plain values as a person types them; `{ error }`, `{ date }` for the other kinds. */
export type Plain = string | number | boolean | null | undefined | { error: string } | { date: number };

export function cell(value: Plain): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if ('error' in value) return { kind: 'error', error: value.error };
  return { kind: 'date', serial: value.date };
}

export function sheet(name: string, rows: readonly (readonly Plain[])[], tables: TableSnapshot[] = []): SheetSnapshot {
  return { name, rows: rows.map((row) => row.map(cell)), tables };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}
