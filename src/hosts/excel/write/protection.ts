import { cellRange } from './cell-range';
import type { StagedSheet } from './staging';

/** The cells a protected sheet leaves editable (ExcelApi 1.2). */
export function unlockEditable({ plan, sheet }: StagedSheet): void {
  plan.protection?.editable.forEach((range) => (cellRange(sheet, range).format.protection.locked = false));
}

/**
 * Protects the sheet without a password (ExcelApi 1.2), so that a user can lift it from the Review tab.
 * Queue it after every other command on the sheet: a protected sheet refuses them.
 */
export function protectSheet({ plan, sheet }: StagedSheet): void {
  if (plan.protection !== undefined) sheet.protection.protect();
}
