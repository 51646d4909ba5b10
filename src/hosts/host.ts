import type { WorkbookPlan, WorkbookSnapshot } from '../core';

/**
 * What the engine needs from where the workbook lives: Excel (Office.js) or an .xlsx file (the file host).
 * Hosts only move cells; every decision is the core's.
 */
export interface WorkbookHost {
  /** Reads every sheet the engine may need, in one go, normalised. */
  read(): Promise<WorkbookSnapshot>;
  /** Writes the plan's sheets, each replacing the add-in's own sheet of that name; nothing else changes. */
  write(plan: WorkbookPlan): Promise<void>;
}
