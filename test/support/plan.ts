import type { PlanValue, SheetPlan, TableAppendPlan, WorkbookPlan } from '../../src/core/report/plan';
import type { Cell, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import { cell, sheet, type Plain } from './snapshot';

/** A plan's blocks laid into a grid, as a host would write them, with some cells filled in as a user would. */
export function asWritten(plan: SheetPlan, filled: Record<string, Plain> = {}) {
  const rows: Plain[][] = [];
  const put = (row: number, column: number, value: PlanValue | Plain) => {
    (rows[row - 1] ??= [])[column - 1] = value as Plain;
  };
  for (const block of plan.blocks) block.rows.forEach((r, i) => r.forEach((v, j) => put(block.top + i, block.left + j, v)));
  for (const [address, value] of Object.entries(filled)) {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
    put(Number(digits), letters.charCodeAt(0) - 64, value);
  }
  return sheet(
    plan.name,
    Array.from(rows, (r) => r ?? []),
  );
}

/**
 * A workbook as a host leaves it once it has written the plan: each planned sheet (blocks and tables)
 * replacing the sheet of its name, the add-in's own marked so, then each append's rows under its table,
 * the table grown by them. What the hosts do to a file is tested apart; this lets a test go on from there.
 */
export function afterWriting(before: WorkbookSnapshot, plan: WorkbookPlan): WorkbookSnapshot {
  const written = plan.sheets.map(sheetWritten);
  const sheets = [...before.sheets.filter((s) => !written.some((w) => w.name === s.name)), ...written];
  return { sheets: sheets.map((s) => (plan.appends ?? []).filter((a) => a.sheet === s.name).reduce(appended, s)) };
}

function sheetWritten(plan: SheetPlan): SheetSnapshot {
  const rows: Cell[][] = [];
  const put = (row: number, column: number, value: PlanValue) => {
    (rows[row - 1] ??= [])[column - 1] = cell(value);
  };
  for (const block of plan.blocks) block.rows.forEach((r, i) => r.forEach((v, j) => put(block.top + i, block.left + j, v)));
  const tables: TableSnapshot[] = plan.tables.map((t) => {
    t.columns.forEach((name, j) => put(t.top, t.left + j, name));
    t.rows.forEach((r, i) => r.forEach((v, j) => put(t.top + 1 + i, t.left + j, v)));
    const range = { top: t.top, left: t.left, bottom: t.top + Math.max(1, t.rows.length), right: t.left + t.columns.length - 1 };
    return { name: t.name, range, hasHeaderRow: true, hasTotalsRow: false };
  });
  return { name: plan.name, rows: Array.from(rows, (r) => r ?? []), tables, ...(plan.role === 'input' ? {} : { owned: true }) };
}

function appended(sheet: SheetSnapshot, append: TableAppendPlan): SheetSnapshot {
  const table = sheet.tables.find((t) => t.name === append.table)!;
  const rows = sheet.rows.map((r) => [...r]);
  append.rows.forEach((values, i) => {
    const row = (rows[table.range.bottom + i] ??= []);
    values.forEach((v, j) => (row[table.range.left - 1 + j] = cell(v)));
  });
  const grown = { ...table, range: { ...table.range, bottom: table.range.bottom + append.rows.length } };
  return { ...sheet, rows, tables: sheet.tables.map((t) => (t === table ? grown : t)) };
}
