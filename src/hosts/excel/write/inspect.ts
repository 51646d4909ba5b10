import { sameExcelName, type WorkbookPlan, WorkbookUnusableError } from '../../../core';
import { OWNED_SHEET_NAME } from '../../ownership';
import { ExcelHostError } from '../excel-errors';
import { assertAppendsFit, queueAppendChecks, type AppendTarget } from './appends';
import { isStagingName } from './staging';

/** What a write must know of the workbook before it touches anything. */
export interface WriteTargets {
  /** The add-in's own sheets that the plan replaces: deleted once the new ones are complete. */
  readonly replaced: readonly Excel.Worksheet[];
  /** The add-in's sheets left hidden by a write that could not clean up after itself: deleted first. */
  readonly leftovers: readonly Excel.Worksheet[];
  /** Every sheet name in the workbook, so that new sheets are staged under free names. */
  readonly sheetNames: readonly string[];
  /** The tables the plan adds rows under, checked: still as read, nothing under them where the rows go. */
  readonly appends: readonly AppendTarget[];
}

interface Candidate {
  readonly sheet: Excel.Worksheet;
  readonly marker: Excel.NamedItem;
}

interface TableClash {
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
}

/**
 * Finds the sheets the plan replaces, in one request (two when sheets or tables carry the plan's names,
 * or the plan adds rows under a table), and stops before anything is written if a user's sheet or table
 * holds a name of the plan, if any sheet holds an input sheet's name (an input sheet replaces nothing),
 * if a table the plan adds rows under no longer has the columns read or has values where the rows go,
 * or if the workbook's structure is protected. The core checks this on its snapshot already; the host checks the workbook as it is now,
 * since it is the one that must never touch a user's sheet.
 */
export async function inspect(context: Excel.RequestContext, plan: WorkbookPlan): Promise<WriteTargets> {
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  const protection = context.workbook.protection.load('protected');
  await context.sync();
  if (protection.protected) throw new ExcelHostError('workbook-protected');

  const planned = (name: string) => plan.sheets.some((p) => p.role !== 'input' && sameExcelName(p.name, name));
  const created = sheets.items.find((sheet) => plan.sheets.some((p) => p.role === 'input' && sameExcelName(p.name, sheet.name)));
  if (created) throw new WorkbookUnusableError('sheet-name-taken', { sheet: created.name });
  const plannedTable = (name: string) => plan.sheets.some((p) => p.tables.some((t) => sameExcelName(t.name, name)));
  const candidates = sheets.items
    .filter((sheet) => planned(sheet.name) || isStagingName(sheet.name))
    .map((sheet): Candidate => ({ sheet, marker: sheet.names.getItemOrNullObject(OWNED_SHEET_NAME) }));
  const clashes = tables.items.filter((table) => plannedTable(table.name)).map((table): TableClash => ({ table, sheet: table.worksheet.load('name') }));
  const appends = queueAppendChecks(plan, tables.items);
  if (candidates.length > 0 || clashes.length > 0 || appends.length > 0) await context.sync();

  const owned = candidates.filter((c) => !c.marker.isNullObject).map((c) => c.sheet);
  const userSheet = candidates.find((c) => c.marker.isNullObject && planned(c.sheet.name));
  if (userSheet) throw new WorkbookUnusableError('sheet-name-taken', { sheet: userSheet.sheet.name });
  const userTable = clashes.find((clash) => !owned.some((sheet) => sameExcelName(sheet.name, clash.sheet.name)));
  if (userTable) throw new WorkbookUnusableError('table-name-taken', { table: userTable.table.name, sheet: userTable.sheet.name });
  assertAppendsFit(appends);

  return {
    replaced: owned.filter((sheet) => planned(sheet.name)),
    leftovers: owned.filter((sheet) => isStagingName(sheet.name)),
    sheetNames: sheets.items.map((sheet) => sheet.name),
    appends,
  };
}
