import { excelNameKey, isSheetName, isTableName } from '../workbook/excel-names';
import { assertDropdownsFit } from './dropdown-limits';
import type { ChartPlan, SheetPlan, TableAppendPlan, TablePlan, WorkbookPlan } from './plan';

/**
 * What every plan keeps to, whatever the workbook: names Excel accepts, unique as Excel needs them,
 * dropdowns within its limits, a radar chart's scale, pages Excel can fit. The core checks it once it has
 * made a plan, and each host again as its last guard before writing, so that both hosts refuse the same
 * plans. A plan that breaks it is the core's mistake, not the user's: a plain Error, before anything is written.
 */
export function assertPlanContract(plan: WorkbookPlan): void {
  plan.sheets.forEach(assertSheetName);
  plan.sheets.forEach(assertDropdownsFit);
  plan.sheets.forEach(assertChartScales);
  plan.sheets.forEach(assertPagesTall);
  assertUnique(
    'sheet',
    plan.sheets.map(({ name }) => name),
  );
  const tables = plan.sheets.flatMap((sheet) => sheet.tables);
  tables.forEach(assertTable);
  assertUnique(
    'table',
    tables.map(({ name }) => name),
  );
  (plan.appends ?? []).forEach(assertAppend);
}

/** Rows to add under a table: each as wide as the table's columns, which Excel requires and a file would not show. */
function assertAppend({ sheet, table, columns, rows }: TableAppendPlan): void {
  if (!isSheetName(sheet) || !isTableName(table)) throw new Error(`Cannot write the plan: rows for “${table}” on “${sheet}”, names Excel does not accept`);
  if (rows.some((row) => row.length !== columns.length)) {
    throw new Error(`Cannot write the plan: a row to add to table “${table}” is not ${columns.length} cells wide`);
  }
}

function assertSheetName({ name }: SheetPlan): void {
  if (!isSheetName(name)) throw new Error(`Cannot write the plan: “${name}” is not a sheet name Excel accepts`);
}

function assertTable({ name, columns }: TablePlan): void {
  if (!isTableName(name)) throw new Error(`Cannot write the plan: “${name}” is not a table name Excel accepts`);
  if (columns.length === 0 || columns.some((column) => column.trim() === '')) {
    throw new Error(`Cannot write the plan: table “${name}” needs a non-blank name for every column`);
  }
  assertUnique(`column of table “${name}”`, columns);
}

/** A radar chart's axis has no percent to fall back on, as a bar chart's has: the plan says it, and Excel can draw it. */
function assertChartScales({ name, charts }: SheetPlan): void {
  for (const chart of charts.filter(({ kind }) => kind === 'radar')) {
    if (!isScale(chart.scale)) {
      throw new Error(`Cannot write the plan: the radar chart “${chart.title}” of “${name}” needs a scale, its min below its max and a step above 0`);
    }
  }
}

function isScale(scale: ChartPlan['scale']): boolean {
  if (scale === undefined || ![scale.min, scale.max, scale.step].every(Number.isFinite)) return false;
  return scale.min < scale.max && scale.step > 0;
}

/** Excel's fit to pages tall: a whole number of pages, up to its 32,767. */
const MOST_PAGES_TALL = 32_767;

function assertPagesTall({ name, page }: SheetPlan): void {
  const pagesTall = page?.pagesTall;
  if (pagesTall === undefined || (Number.isInteger(pagesTall) && pagesTall >= 1 && pagesTall <= MOST_PAGES_TALL)) return;
  throw new Error(`Cannot write the plan: “${name}” is to print ${pagesTall} pages tall, not a whole number from 1 to ${MOST_PAGES_TALL}`);
}

function assertUnique(what: string, names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(excelNameKey(name))) throw new Error(`Cannot write the plan: two of its ${what} names are “${name}”`);
    seen.add(excelNameKey(name));
  }
}
