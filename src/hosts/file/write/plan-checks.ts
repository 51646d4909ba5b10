import type { SheetPlan, TablePlan, WorkbookPlan } from '../../../core/report/plan';
import { assertDropdownsFit } from '../../look';

/**
 * What Excel would refuse, or "repair" away, in a plan: names it does not allow, dropdowns beyond its
 * limits. These are the core's mistakes, not the user's, so they stop the write as plain errors before
 * any part changes.
 */
export function assertWritablePlan(plan: WorkbookPlan): void {
  plan.sheets.forEach(assertSheetName);
  plan.sheets.forEach(assertDropdownsFit);
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
}

/** Excel's rules: 1 to 31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History". */
function assertSheetName({ name }: SheetPlan): void {
  const valid = /^[^:\\/?*[\]']([^:\\/?*[\]]{0,29}[^:\\/?*[\]'])?$/.test(name) && name.toLowerCase() !== 'history';
  if (!valid) throw new Error(`Cannot write the plan: “${name}” is not a sheet name Excel accepts`);
}

/** A name that starts with a letter or underscore, with no spaces, that cannot be read as a cell reference. */
function assertTable({ name, columns }: TablePlan): void {
  const cellReference = /^([A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*)$/.test(name);
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || cellReference) {
    throw new Error(`Cannot write the plan: “${name}” is not a table name Excel accepts`);
  }
  if (columns.length === 0 || columns.some((column) => column.trim() === '')) {
    throw new Error(`Cannot write the plan: table “${name}” needs a non-blank name for every column`);
  }
  assertUnique(`column of table “${name}”`, columns);
}

/** Excel compares these names ignoring case. */
function assertUnique(what: string, names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name.toLowerCase())) throw new Error(`Cannot write the plan: two of its ${what} names are “${name}”`);
    seen.add(name.toLowerCase());
  }
}
