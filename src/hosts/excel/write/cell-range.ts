import type { CellRange } from '../../../core';

/** A plan's rectangle (1-based, inclusive) as a range of the sheet. */
export function cellRange(sheet: Excel.Worksheet, { top, left, bottom, right }: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(top - 1, left - 1, bottom - top + 1, right - left + 1);
}
