import { WorkbookUnusableError } from '../errors';
import type { WorkbookSnapshot } from './snapshot';

/**
 * A workbook where no sheet holds anything has nothing to check, and a form file nothing to ask. A new,
 * blank workbook is still the normal start of a template or an import, which read it all the same: so
 * the core says it, where it needs data, and the hosts read whatever is there.
 */
export function assertHoldsData(workbook: WorkbookSnapshot): void {
  if (workbook.sheets.every((sheet) => sheet.rows.length === 0)) throw new WorkbookUnusableError('empty-workbook');
}
