import { WorkbookUnusableError } from '../errors';
import { sameExcelName } from '../workbook/excel-names';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { SheetPlan, WorkbookPlan } from './plan';

const isInput = (sheet: SheetPlan) => sheet.role === 'input';

/**
 * The plan may replace the add-in's own sheets only, and its input sheets replace nothing: a user's
 * sheet with an output sheet's name, any sheet with an input sheet's name, or a table elsewhere with
 * a plan table's name, stops the command before anything is written.
 */
export function assertPlanFits(workbook: WorkbookSnapshot, plan: WorkbookPlan): void {
  const replaced = (name: string) => plan.sheets.some((p) => !isInput(p) && sameExcelName(p.name, name));
  const created = (name: string) => plan.sheets.some((p) => isInput(p) && sameExcelName(p.name, name));
  for (const sheet of workbook.sheets) {
    if (created(sheet.name) || (!sheet.owned && replaced(sheet.name))) throw new WorkbookUnusableError('sheet-name-taken', { sheet: sheet.name });
  }
  const planTables = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
  for (const sheet of workbook.sheets.filter((s) => !(s.owned && replaced(s.name)))) {
    const taken = sheet.tables.find((t) => planTables.some((name) => sameExcelName(name, t.name)));
    if (taken) throw new WorkbookUnusableError('table-name-taken', { table: taken.name, sheet: sheet.name });
  }
}
