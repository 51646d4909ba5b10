import { assertPlanContract, type ColumnRef, sameExcelName, type WorkbookPlan } from '../../../core';
import type { ExcelExtras } from '../requirements';
import { appendRequests, appendsOf, queueRows, type RowsWrite } from './appends';
import { addCharts, type RangeOfRef } from './charts';
import { cellWrites, writeRequests, type CellWrite } from './cell-writes';
import { addDropdowns } from './dropdowns';
import { inspect, type WriteTargets } from './inspect';
import { queuePageLayout } from './page-layout';
import { queueWrapping } from './wrapping';
import { protectSheet, unlockEditable } from './protection';
import { queueBlockStyles, queueLayout, queueTableAlignments } from './sheet-look';
import { commitSheets, discardStaged, stageSheets, type StagedSheet } from './staging';
import { addTables, nameTables } from './tables';

/**
 * Writes the plan: one or two requests to find the sheets it replaces and check the tables it adds rows
 * under (inspect), one that adds the new sheets hidden with their layout and the first values, one more per
 * further BYTES_PER_REQUEST of values or of rows to add, and one that adds the tables, charts, dropdowns and
 * page layout, adds the last rows under their tables, puts the new sheets in place of the old and protects
 * those the plan protects. How many never depends on the rows a table has already. A plan that breaks the
 * plan contract stops first, as the file host stops it.
 */
export async function writeWorkbook(context: Excel.RequestContext, plan: WorkbookPlan, extras: ExcelExtras): Promise<void> {
  assertPlanContract(plan);
  if (plan.sheets.length === 0 && appendsOf(plan).length === 0) return;
  const targets = await inspect(context, plan);
  const rows = appendRequests(targets.appends);
  if (plan.sheets.length === 0) return addRows(context, rows);
  const [firstValues = [], ...moreValues] = writeRequests(plan.sheets.flatMap(cellWrites));
  // The last rows go in the last request, just before the new sheets take their places: when Excel refuses
  // them (a protected sheet), no Import Log claims them. Any before go in requests of their own.
  const lastRows = rows.pop() ?? [];
  const staged = stageSheets(context, plan.sheets, targets.sheetNames);
  const more = [...moreValues.map((values) => () => queueValues(staged, values)), ...rows.map((request) => () => queueRows(request))];
  let ids: string[] = [];
  try {
    const normalFont = build(context, staged, targets, firstValues);
    await context.sync();
    ids = staged.map(({ sheet }) => sheet.id);
    for (const queue of more) {
      context.application.suspendApiCalculationUntilNextSync();
      queue();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per BYTES_PER_REQUEST of values or rows: Excel's payload limit, not the rows, sets the count
      await context.sync();
    }
    finish(context, staged, targets, normalFont.size, extras, lastRows);
    await context.sync();
  } catch (error) {
    await discardStaged(context, staged, ids).catch(() => undefined);
    throw error;
  }
}

/** A plan of rows to add alone, no sheet to write: a request per BYTES_PER_REQUEST of them. */
async function addRows(context: Excel.RequestContext, requests: readonly RowsWrite[][]): Promise<void> {
  for (const request of requests) {
    queueRows(request);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per BYTES_PER_REQUEST of rows: Excel's payload limit sets the count
    await context.sync();
  }
}

/** The first request: old leftovers gone, new sheets laid out, the first values written. */
function build(context: Excel.RequestContext, staged: readonly StagedSheet[], targets: WriteTargets, values: readonly CellWrite[]): Excel.RangeFont {
  // Nothing visible changes until the last request; only calculation is held back here.
  context.application.suspendApiCalculationUntilNextSync();
  targets.leftovers.forEach((sheet) => sheet.delete());
  staged.forEach(({ sheet, plan }) => {
    sheet.load('id');
    queueLayout(sheet, plan);
  });
  queueValues(staged, values);
  return staged[0].sheet.getRange('A1').format.font.load('size');
}

/**
 * The last request: fonts, tables, charts, dropdowns, page layout and unlocked cells over the values, the last rows
 * added under their tables, then the swap,
 * then sheet protection, which would refuse any of them. Calculation is not suspended here, so that
 * formulas of the user's that refer to replaced sheets are recalculated.
 */
function finish(
  context: Excel.RequestContext,
  staged: readonly StagedSheet[],
  targets: WriteTargets,
  normalSize: number,
  extras: ExcelExtras,
  rows: readonly RowsWrite[],
): void {
  if (extras.screenUpdatingSuspension) context.application.suspendScreenUpdatingUntilNextSync();
  const rangeOf = rangeOnStaged(staged);
  staged.forEach((s) => queueBlockStyles(s.sheet, s.plan, normalSize));
  staged.forEach((s) => queueTableAlignments(s.sheet, s.plan, extras.indents));
  staged.forEach((s) => queueWrapping(s.sheet, s.plan));
  const tables = staged.flatMap(addTables);
  staged.forEach((s) => addCharts(s, rangeOf, extras));
  staged.forEach((s) => addDropdowns(s, extras));
  staged.forEach((s) => queuePageLayout(s, extras));
  staged.forEach(unlockEditable);
  queueRows(rows);
  commitSheets(staged, targets.replaced);
  nameTables(tables);
  staged.forEach(protectSheet);
}

function queueValues(staged: readonly StagedSheet[], writes: readonly CellWrite[]): void {
  for (const write of writes) {
    const sheet = stagedNamed(staged, write.sheet).sheet;
    const range = sheet.getRangeByIndexes(write.top - 1, write.left - 1, write.values.length, write.values[0].length);
    // The format first: a cell formatted as Text takes the value that follows as text.
    range.numberFormat = write.formats;
    range.values = write.values;
  }
}

function rangeOnStaged(staged: readonly StagedSheet[]): RangeOfRef {
  return (ref: ColumnRef) => stagedNamed(staged, ref.sheet).sheet.getRangeByIndexes(ref.top - 1, ref.column - 1, ref.bottom - ref.top + 1, 1);
}

function stagedNamed(staged: readonly StagedSheet[], name: string): StagedSheet {
  const found = staged.find((s) => sameExcelName(s.plan.name, name));
  if (found === undefined) throw new Error(`The plan refers to a sheet it does not write: ${name}`);
  return found;
}
