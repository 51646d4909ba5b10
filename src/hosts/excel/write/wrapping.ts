import type { SheetPlan } from '../../../core';

/**
 * The plan's wrapped cells: their text wraps within the column, from the top of the cell, and their
 * rows grow to show it (Excel measures the lines itself). Queued after the values, in the last request.
 */
export function queueWrapping(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const { top, left, bottom, right } of plan.wrapped ?? []) {
    const format = sheet.getRangeByIndexes(top - 1, left - 1, bottom - top + 1, right - left + 1).format;
    format.wrapText = true;
    format.verticalAlignment = 'Top';
    format.autofitRows();
  }
}
