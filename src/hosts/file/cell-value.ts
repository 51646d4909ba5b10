import ExcelJS from 'exceljs';
import { serialOfMs } from '../../core/workbook/serial';
import { textCell, type Cell } from '../../core/workbook/snapshot';

/** One ExcelJS cell, normalised to the snapshot's value. */
export function cellValue(cell: ExcelJS.Cell): Cell {
  // ExcelJS repeats the master's value in every other cell of a merge; Excel keeps it in the master only.
  if (cell.type === ExcelJS.ValueType.Merge) return undefined;
  return normalise(cell.value);
}

/**
 * ExcelJS values: primitives, Dates, and objects for errors, rich text, hyperlinks and formulas.
 * A formula's or hyperlink's inner value is normalised the same way.
 */
function normalise(value: unknown): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : undefined;
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (isDate(value)) return dateCell(value);
  if (typeof value !== 'object') return undefined;
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? normalise(value.result) : undefined;
  if ('error' in value) return { kind: 'error', error: String(value.error) };
  if ('richText' in value) return textCell(richTextOf(value.richText));
  if ('hyperlink' in value) return 'text' in value ? normalise(value.text) : undefined;
  return undefined;
}

/** ExcelJS turns date-formatted serials into Dates at UTC midnight (plus the time); this undoes it. */
function dateCell(date: Date): Cell {
  const ms = date.getTime();
  return Number.isNaN(ms) ? undefined : { kind: 'date', serial: serialOfMs(ms) };
}

function richTextOf(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  return runs.map((run: { text?: unknown }) => (typeof run?.text === 'string' ? run.text : '')).join('');
}

/** Not `instanceof Date`: the Date may come from another realm (a test sandbox, a worker). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
