import { assertPlanContract, type ColumnRef, excelNameKey, type WorkbookPlan, WorkbookUnusableError } from '../../../core';
import { EditablePackage } from '../package/editable-package';
import { definedNames, ownedSheets } from '../package/workbook-xml';
import { addSheet } from './add-sheet';
import { appendTableRows } from './append-rows';
import { updateWorksheetTitles } from './app-properties';
import type { ColumnValues } from './chart-series';
import { removeSheet } from './remove-sheet';
import { SheetCells } from './sheet-cells';
import { addLooks } from './styles-part';
import { WorkbookPart } from './workbook-part';
import { workbookTables, type WorkbookTable } from './workbook-tables';

/**
 * The input workbook plus the plan's sheets. Each output sheet replaces the add-in's own sheet of
 * that name, or is added after the others; an input sheet (one the add-in makes for the user to keep)
 * is added and replaces nothing. Then the plan's rows are added under their tables (`appendTableRows`). Nothing else of the workbook changes: the package is
 * edited part by part (never loaded and saved by a library, which would drop what it does not
 * know: charts, pivot tables, threaded comments...), and every part that is not the add-in's
 * comes out byte for byte. The same input and plan always give the same bytes.
 *
 * A user's sheet or table with a name the plan needs, or any sheet with an input sheet's name, is a
 * WorkbookUnusableError (`sheet-name-taken`, `table-name-taken`), raised before anything is written.
 */
export async function writeXlsx(input: Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  assertPlanContract(plan);
  const pkg = await EditablePackage.open(input);
  const workbook = await WorkbookPart.locate(pkg);
  const worksheetsBefore = await workbook.worksheetNames();
  await removeReplacedSheets(workbook, plan);
  const keptTables = await assertTableNamesFree(workbook, plan);
  await addPlanSheets(workbook, plan, keptTables);
  for (const append of plan.appends ?? []) await appendTableRows(workbook, append);
  await updateWorksheetTitles(pkg, worksheetsBefore, await workbook.worksheetNames());
  return pkg.bytes();
}

/** An input sheet replaces nothing, owned or not. */
async function removeReplacedSheets(workbook: WorkbookPart, plan: WorkbookPlan): Promise<void> {
  const named = (role: 'input' | 'output') => plan.sheets.filter((sheet) => (sheet.role ?? 'output') === role).map(({ name }) => excelNameKey(name));
  const [outputs, inputs] = [new Set(named('output')), new Set(named('input'))];
  const owned = new Set(ownedSheets(await workbook.xml()).map(({ sheetId }) => sheetId));
  const sheets = await workbook.sheets();
  const taken = sheets.find(({ name, sheetId }) => inputs.has(excelNameKey(name)) || (outputs.has(excelNameKey(name)) && !owned.has(sheetId)));
  if (taken !== undefined) throw new WorkbookUnusableError('sheet-name-taken', { sheet: taken.name });
  const replaced = sheets.filter(({ name }) => outputs.has(excelNameKey(name)));
  for (const { sheetId } of replaced) {
    // Each removal moves the positions and offsets of the sheets after it: look the sheet up again.
    const sheet = (await workbook.sheets()).find((entry) => entry.sheetId === sheetId)!;
    await removeSheet(workbook, sheet);
  }
}

/**
 * Table names share one namespace with each other and with the workbook's names.
 * Returns the tables the workbook keeps, whose ids the new tables must not reuse.
 */
async function assertTableNamesFree(workbook: WorkbookPart, plan: WorkbookPlan): Promise<WorkbookTable[]> {
  const planned = new Set(plan.sheets.flatMap((sheet) => sheet.tables.map(({ name }) => excelNameKey(name))));
  const tables = await workbookTables(workbook);
  const table = tables.find(({ name }) => planned.has(excelNameKey(name)));
  if (table !== undefined) throw new WorkbookUnusableError('table-name-taken', { table: table.name, sheet: table.sheet });
  const workbookNames = definedNames(await workbook.xml()).filter(({ localSheetId }) => localSheetId === undefined);
  const name = workbookNames.find(({ name }) => planned.has(excelNameKey(name)));
  if (name !== undefined) throw new WorkbookUnusableError('table-name-taken', { table: name.name });
  return tables;
}

/**
 * The plan's sheets, after the workbook's; their looks added to its styles, their tables numbered after its own.
 * A sheet's cells are laid out when it is written and let go after (a Validation sheet may hold 50,000 rows):
 * once for the looks, once for the sheet, and kept only for a sheet a chart draws on.
 */
async function addPlanSheets(workbook: WorkbookPart, plan: WorkbookPlan, keptTables: readonly WorkbookTable[]): Promise<void> {
  const styleId = await addLooks(
    workbook,
    plan.sheets.flatMap((sheet) => new SheetCells(sheet).looks()),
  );
  const charted = chartedSheets(plan);
  let lastTableId = Math.max(0, ...keptTables.map(({ id }) => id));
  for (const sheet of plan.sheets) {
    const cells = charted.cells(sheet.name) ?? new SheetCells(sheet);
    await addSheet({ workbook, cells, styleId, columnValues: charted.columnValues, nextTableId: () => ++lastTableId }, sheet);
  }
}

/** A chart's ranges are on sheets of the plan: their values are the plan's, from those sheets' cells, laid out once. */
function chartedSheets(plan: WorkbookPlan): { cells: (name: string) => SheetCells | undefined; columnValues: ColumnValues } {
  const ranges = plan.sheets.flatMap(({ charts }) => charts.flatMap(({ categories, series }) => [categories, ...series.map(({ values }) => values)]));
  const charted = new Set(ranges.map(({ sheet }) => excelNameKey(sheet)));
  const cells = new Map(plan.sheets.filter(({ name }) => charted.has(excelNameKey(name))).map((sheet) => [excelNameKey(sheet.name), new SheetCells(sheet)]));
  return {
    cells: (name) => cells.get(excelNameKey(name)),
    columnValues: ({ sheet, column, top, bottom }: ColumnRef) => {
      const sheetCells = cells.get(excelNameKey(sheet));
      return Array.from({ length: bottom - top + 1 }, (_, i) => sheetCells?.valueAt(top + i, column) ?? null);
    },
  };
}
