import type { PlanValue, SheetPlan, TablePlan } from '../plan';

/**
 * A table column of numbers has its header at the right, over its figures, as Excel puts the figures;
 * an alignment the plan gives stays.
 */
export function alignNumberHeaders(sheet: SheetPlan): SheetPlan {
  return { ...sheet, tables: sheet.tables.map(withNumberHeaders) };
}

function withNumberHeaders(table: TablePlan): TablePlan {
  const alignments = table.columns.map((_, c) => table.alignments?.[c] ?? (isNumberColumn(table.rows.map((row) => row[c] ?? null)) ? 'right' : undefined));
  return alignments.some((a) => a !== undefined) ? { ...table, alignments } : table;
}

function isNumberColumn(values: readonly PlanValue[]): boolean {
  return values.some((v) => typeof v === 'number') && values.every((v) => v === null || typeof v === 'number');
}
