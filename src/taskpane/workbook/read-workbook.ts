import type { WorkbookCheck, WorkbookSnapshot } from '../../core';

/** The workbook as read for one piece of work, and what the check made of it. */
export interface ReadWorkbook {
  readonly snapshot: WorkbookSnapshot;
  readonly check: WorkbookCheck;
}
