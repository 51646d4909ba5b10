import { excelNameKey, type SheetPlan } from '../../../core';
import { OWNED_SHEET_NAME } from '../../ownership';

/**
 * A write builds every new sheet hidden, under a staging name, and only once all of them are
 * complete deletes the sheets they replace and gives them their names. A write that fails before
 * then deletes what it added: the workbook keeps its previous sheets, never half-written ones.
 */
const STAGING_PREFIX = '~wcoNew';
const STAGING_TABLE_PREFIX = '_wcoNew_';

export interface StagedSheet {
  readonly plan: SheetPlan;
  readonly sheet: Excel.Worksheet;
  readonly stagingName: string;
  /** The add-in's mark, which an input sheet (the user's to keep) loses once committed. */
  readonly marker: Excel.NamedItem;
}

export function isStagingName(name: string): boolean {
  return new RegExp(`^${STAGING_PREFIX}\\d+$`, 'i').test(name);
}

/** A table's name until its sheet is committed: its final name may still belong to the sheet it replaces. */
export function stagingTableName(name: string): string {
  return `${STAGING_TABLE_PREFIX}${name}`;
}

/**
 * Adds the plan's sheets at the end, hidden, each marked as the add-in's own, input sheets too: a
 * write that cannot clean up after itself leaves only marked sheets, which the next write deletes.
 */
export function stageSheets(context: Excel.RequestContext, plans: readonly SheetPlan[], takenNames: readonly string[]): StagedSheet[] {
  const taken = new Set(takenNames.map(excelNameKey));
  const free = freeNames(plans.length, taken);
  return plans.map((plan, i) => {
    const sheet = context.workbook.worksheets.add(free[i]);
    sheet.visibility = 'Hidden';
    return { plan, sheet, stagingName: free[i], marker: markOwned(sheet) };
  });
}

/**
 * Shows the new sheets, deletes the ones they replace (protected or not: only the workbook's structure
 * protection stops a deletion), gives the new ones their names, and leaves input sheets to the user.
 */
export function commitSheets(staged: readonly StagedSheet[], replaced: readonly Excel.Worksheet[]): void {
  // Shown first: Excel refuses to delete a workbook's last visible sheet.
  staged.forEach(({ sheet }) => (sheet.visibility = 'Visible'));
  replaced.forEach((sheet) => sheet.delete());
  staged.forEach(({ sheet, plan }) => (sheet.name = plan.name));
  staged.filter(({ plan }) => plan.role === 'input').forEach(({ marker }) => marker.delete());
}

/** The hidden sheet-scoped name of ownership.ts, pointing at A1: it follows the sheet through renames. */
function markOwned(sheet: Excel.Worksheet): Excel.NamedItem {
  const marker = sheet.names.add(OWNED_SHEET_NAME, sheet.getRange('A1'));
  marker.visible = false;
  return marker;
}

function freeNames(count: number, taken: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `${STAGING_PREFIX}${n}`;
    if (!taken.has(excelNameKey(name))) names.push(name);
  }
  return names;
}

/**
 * After a failure, deletes every sheet this write added, found again by id or by staging name: the
 * objects of a request that failed may no longer reach their sheets. Best effort: if Excel refuses
 * (a cell being edited), the sheets stay hidden and owned, and the next write deletes them.
 */
export async function discardStaged(context: Excel.RequestContext, staged: readonly StagedSheet[], ids: readonly string[]): Promise<void> {
  const sheets = context.workbook.worksheets.load('items/name,items/id');
  await context.sync();
  const stagingNames = new Set(staged.map((s) => excelNameKey(s.stagingName)));
  sheets.items.filter((sheet) => ids.includes(sheet.id) || stagingNames.has(excelNameKey(sheet.name))).forEach((sheet) => sheet.delete());
  await context.sync();
}
