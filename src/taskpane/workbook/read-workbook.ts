import { checkWorkbook, type WorkbookCheck, type WorkbookSnapshot } from '../../core';
import type { WorkbookHost } from '../../hosts/host';

/** The workbook as read for one piece of work, and what the check made of it. */
export interface ReadWorkbook {
  readonly snapshot: WorkbookSnapshot;
  readonly check: WorkbookCheck;
}

export async function readAndCheck(host: WorkbookHost, today: number): Promise<ReadWorkbook> {
  const snapshot = await host.read();
  return { snapshot, check: checkWorkbook(snapshot, today) };
}
