import type { CellRef, WorkbookPlan, WorkbookSnapshot } from '../../core';
import type { WorkbookHost } from '../host';
import { fromExcel, type ExcelTask, type RequestContext } from './excel-errors';
import { goTo } from './go-to';
import { officeExcel, type ExcelOffice } from './office';
import { readWorkbook } from './read/read-workbook';
import { excelExtras, excelShortfalls, requireExcelApi, type ExcelShortfall } from './requirements';
import { writeWorkbook } from './write/write-workbook';

/**
 * The workbook open in Excel, through Office.js. Requests are batched: reading takes two
 * `context.sync()` calls (plus one per 80,000 cells beyond each sheet's first 200 rows or so),
 * writing a plan three or four (plus one per 2 MB of values, and one per 2 MB of rows added under a
 * table, beyond the first 2 MB of each; never one per row already there).
 * Excel's refusals become ExcelHostErrors; a user's sheet or table in the plan's way, or a table to add
 * rows under that changed since it was read, the core's WorkbookUnusableError.
 */
export class ExcelHost implements WorkbookHost {
  constructor(private readonly office: ExcelOffice = officeExcel()) {}

  /** What this Excel cannot do that a newer one would, for the pane to say where it shows. */
  shortfalls(): readonly ExcelShortfall[] {
    return excelShortfalls(this.office);
  }

  read(): Promise<WorkbookSnapshot> {
    return this.run('read', (context) => readWorkbook(context));
  }

  write(plan: WorkbookPlan): Promise<void> {
    const extras = excelExtras(this.office);
    return this.run('write', (context) => writeWorkbook(context, plan, extras));
  }

  /** Activates the cell's sheet and selects the cell. */
  goTo(ref: CellRef): Promise<void> {
    return this.run('go-to', (context) => goTo(context, ref), { sheet: ref.sheet });
  }

  private async run<T>(task: ExcelTask, batch: (context: Excel.RequestContext) => Promise<T>, about: RequestContext = {}): Promise<T> {
    requireExcelApi(this.office, task);
    try {
      return await this.office.run(batch);
    } catch (error) {
      throw fromExcel(error, about);
    }
  }
}
