import type { WorkbookPlan } from '../../core';
import { sameName } from './owned-sheets';

type PlanValue = WorkbookPlan['sheets'][number]['tables'][number]['rows'][number][number];

/** A row of a planned table, by column name (the names the workbook contract fixes). */
export type PlanRecord = Readonly<Record<string, PlanValue>>;

/** The rows of a table the plan will write, or none when the plan has no such table. */
export function planTable(plan: WorkbookPlan, sheet: string, table: string): PlanRecord[] {
  const found = plan.sheets.find((s) => sameName(s.name, sheet))?.tables.find((t) => t.name === table);
  if (!found) return [];
  return found.rows.map((row) => Object.fromEntries(found.columns.map((column, i) => [column, row[i] ?? null])));
}

export function numberIn(record: PlanRecord, column: string): number | undefined {
  const value = record[column];
  return typeof value === 'number' ? value : undefined;
}

export function textIn(record: PlanRecord, column: string): string {
  const value = record[column];
  return value === null || value === undefined ? '' : String(value);
}
