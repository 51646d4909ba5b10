import type { SheetPlan } from '../../../core';
import { WIDEST_COLUMN } from '../../look';

const LAST_COLUMN = 16_384;
/** What Excel stores for a column of the default width, 8.43 characters of Calibri 11. */
const DEFAULT_WIDTH = 9.140625;

/**
 * `cols`: a `col` for each column the plan sizes or hides, in order (the schema requires it, and no
 * empty `cols`). A hidden column keeps a width, the default when the plan gives none: Excel reads a
 * `col` without one as zero wide, which would leave it invisible once the user unhides it.
 */
export function colsXml({ columnWidths = {}, hiddenColumns = [] }: SheetPlan): string {
  const widths = new Map(
    Object.entries(columnWidths)
      .map(([column, width]) => [Number(column), width] as const)
      .filter(([column, width]) => isColumn(column) && Number.isFinite(width) && width > 0),
  );
  const hidden = new Set(hiddenColumns.filter(isColumn));
  const columns = [...new Set([...widths.keys(), ...hidden])].sort((a, b) => a - b);
  const cols = columns.map((column) => colXml(column, widths.get(column), hidden.has(column)));
  return cols.length === 0 ? '' : `<cols>${cols.join('')}</cols>`;
}

function colXml(column: number, width: number | undefined, hidden: boolean): string {
  const size = width === undefined ? `width="${DEFAULT_WIDTH}"` : `width="${Math.min(width, WIDEST_COLUMN)}" customWidth="1"`;
  return `<col min="${column}" max="${column}" ${size}${hidden ? ' hidden="1"' : ''}/>`;
}

function isColumn(column: number): boolean {
  return Number.isInteger(column) && column >= 1 && column <= LAST_COLUMN;
}
