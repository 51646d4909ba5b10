import type { PlanValue, SheetPlan, TablePlan } from '../plan';

/**
 * A table column of numbers (or formatted for them, though all blank) has its header at the right, over
 * its figures, as Excel puts the figures;
 * an alignment the plan gives stays.
 */
export function alignNumberHeaders(sheet: SheetPlan): SheetPlan {
  return { ...sheet, tables: sheet.tables.map(withNumberHeaders) };
}

function withNumberHeaders(table: TablePlan): TablePlan {
  const alignments = table.columns.map(
    (_, c) =>
      table.alignments?.[c] ??
      (isNumberColumn(
        table.rows.map((row) => row[c] ?? null),
        table.formats?.[c] !== undefined,
      )
        ? 'right'
        : undefined),
  );
  return alignments.some((a) => a !== undefined) ? { ...table, alignments } : table;
}

/** Numbers and blanks, at least one number, or none at all in a column formatted for numbers (a region too small to show). */
function isNumberColumn(values: readonly PlanValue[], formatted: boolean): boolean {
  return (formatted || values.some((v) => typeof v === 'number')) && values.every((v) => v === null || typeof v === 'number');
}
