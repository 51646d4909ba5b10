import { type Cell, serialOfMs, textCell } from '../../../core';
import { isDateFormat } from '../../number-format';

const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * One cell as Office.js reports it (its value, value type and number format), normalised exactly as
 * the file host normalises the same cell. `dateOffset` is 1462 in a workbook that counts dates from
 * 1904, so that every date is a serial counted from 1899-12-30.
 */
export function excelCell(value: unknown, valueType: string, format: unknown, dateOffset: number): Cell {
  switch (valueType) {
    case 'Empty':
      return undefined;
    case 'Error':
      return { kind: 'error', error: String(value) };
    case 'Double':
    case 'Integer':
      return typeof value === 'number' ? numberCell(value, format, dateOffset) : undefined;
    default:
      return byJsType(value);
  }
}

/** Strings, booleans, and what newer Excel reports as `RichValue` or `Unknown` (shown as its text). */
function byJsType(value: unknown): Cell {
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : undefined;
  return undefined;
}

function numberCell(value: number, format: unknown, dateOffset: number): Cell {
  if (!Number.isFinite(value)) return undefined;
  return isDateFormat(format) ? { kind: 'date', serial: dateSerial(value, dateOffset) } : { kind: 'number', value };
}

/** Rounded to the millisecond, as the file host's dates are (ExcelJS goes through a JavaScript Date). */
function dateSerial(serial: number, dateOffset: number): number {
  return serialOfMs(Math.round((serial - UNIX_EPOCH_SERIAL + dateOffset) * MS_PER_DAY));
}
