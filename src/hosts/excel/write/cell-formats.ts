import type { NumberFormat, PlanValue } from '../../../core';
import { NUMBER_FORMAT_CODES, withinTextLimit } from '../../look';

const GENERAL = 'General';
/**
 * Excel's Text format. A value written to a range is read as if typed: `=x`, `+x`, `-x` and `@x`
 * become formulas, and `1998`, `TRUE`, `50%`, `#N/A` or `March 1998` become numbers, booleans, errors
 * and dates. A cell formatted as Text before its value is written keeps the text exactly, as stored
 * and as shown, with nothing added to it; a leading apostrophe would change the value sent and
 * rely on Excel hiding it again.
 */
const TEXT = '@';

export type ExcelValue = string | number | boolean;

/** The value to write: nothing (null, or a number Excel cannot hold) is an empty string. */
export function excelValue(value: PlanValue): ExcelValue {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return '';
  return typeof value === 'string' ? withinTextLimit(value) : value;
}

/** The number format to give the cell before its value is written. */
export function excelFormat(value: PlanValue, format: NumberFormat | undefined): string {
  if (typeof value === 'string') return TEXT;
  return format === undefined ? GENERAL : NUMBER_FORMAT_CODES[format];
}
