import { checkWorkbook, type CheckRequest, type WorkbookCheck, type WorkbookSnapshot } from '../../core';
import type { WorkbookHost } from '../../hosts/host';

/** The workbook as read for one piece of work, and what the check made of it. */
export interface ReadWorkbook {
  readonly snapshot: WorkbookSnapshot;
  readonly check: WorkbookCheck;
}

/** Reads and checks the workbook; the request (the Member question chosen in the pane) wins over its Settings sheet. */
export async function readAndCheck(host: WorkbookHost, today: number, request: CheckRequest = {}): Promise<ReadWorkbook> {
  const snapshot = await host.read();
  return { snapshot, check: checkWorkbook(snapshot, today, request) };
}
