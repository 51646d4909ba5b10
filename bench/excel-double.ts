import type { WorkbookPlan } from '../src/core/report/plan';
import { analyseWorkbook } from '../src/core/workflows/analyse-workbook';
import { ExcelHost } from '../src/hosts/excel/excel-host';
import { CELLS_PER_READ, firstWindow } from '../src/hosts/excel/read/read-areas';
import { cellWrites, writeRequests } from '../src/hosts/excel/write/cell-writes';
import { SheetModel, strictExcel, WorkbookModel, type StrictExcel } from '../test/hosts/excel/strict-excel';
import { formSheets, RECEIVED_FORMAT, responseRow, responsesHeader, type FormCell } from './synthetic-form';
import type { Size } from './sizes';
import { TODAY } from './today';

/** Excel on the web refuses a request over 5 MB: the host keeps each one under 4 MB. */
export const REQUEST_GOAL_BYTES = 4 * 1024 * 1024;

export interface SyncCount {
  readonly syncs: number;
  /** At most this many: the Excel host budget tests' bound. */
  readonly goal: number;
}

/** Round trips of each command through the strict Excel double, and the largest payloads. */
export interface ExcelBudget {
  /** `check`: reading the workbook. */
  readonly read: SyncCount;
  /** `analyze`: writing its sheets the first time, and again over those of an earlier run. */
  readonly write: SyncCount;
  readonly rewrite: SyncCount;
  /** Values blocks of the plan: the write's only part that grows with the data. */
  readonly writeBlocks: number;
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
  readonly met: boolean;
}

export async function measureExcelHost(size: Size): Promise<ExcelBudget> {
  const excel = strictExcel(benchModel(size));
  const host = new ExcelHost(excel.office);
  const snapshot = await host.read();
  const read = { syncs: excel.meter.syncs, goal: readGoal(size) };
  let largestRequestBytes = excel.meter.largestRequestBytes;
  const largestResponseBytes = excel.meter.largestResponseBytes;
  const { plan } = analyseWorkbook(snapshot, { settings: {}, defaultLanguage: 'en', today: TODAY });
  const writeBlocks = writeRequests(plan.sheets.flatMap(cellWrites)).length;
  const writes: SyncCount[] = [];
  for (let run = 0; run < 2; run++) {
    const syncs = await writeSyncs(excel, host, plan);
    writes.push({ syncs, goal: 6 + writeBlocks });
    largestRequestBytes = Math.max(largestRequestBytes, excel.meter.largestRequestBytes);
  }
  const [write, rewrite] = writes;
  const met = [read, write, rewrite].every((count) => count.syncs <= count.goal) && Math.max(largestRequestBytes, largestResponseBytes) < REQUEST_GOAL_BYTES;
  return { read, write, rewrite, writeBlocks, largestRequestBytes, largestResponseBytes, met };
}

async function writeSyncs(excel: StrictExcel, host: ExcelHost, plan: WorkbookPlan): Promise<number> {
  excel.meter.reset();
  await host.write(plan);
  return excel.meter.syncs;
}

/**
 * 2 syncs when the Responses sheet fits the first window read with the used ranges; else one more
 * per CELLS_PER_READ cells, never one per row.
 */
function readGoal(size: Size): number {
  const sheets = 1 + Object.keys(formSheets(size)).length;
  const window = firstWindow(sheets);
  const rows = size.rows + 1;
  const columns = responsesHeader(size).length;
  const fits = rows <= window.rows && columns <= window.columns;
  return fits ? 2 : 2 + Math.ceil((rows * columns) / CELLS_PER_READ);
}

/** The same workbook as the .xlsx, held as Excel would hold it. */
function benchModel(size: Size): WorkbookModel {
  const responses = sheetOf('Responses', [responsesHeader(size)]);
  for (let row = 1; row <= size.rows; row++) {
    responses.values[row] = cellsOf(responseRow(row, size));
    responses.setFormat(row, 1, RECEIVED_FORMAT);
  }
  const form = Object.entries(formSheets(size)).map(([name, rows]) => sheetOf(name, rows));
  return new WorkbookModel(responses, ...form);
}

function sheetOf(name: string, rows: readonly (readonly FormCell[])[]): SheetModel {
  const sheet = new SheetModel(name);
  rows.forEach((cells, row) => (sheet.values[row] = cellsOf(cells)));
  return sheet;
}

const cellsOf = (cells: readonly FormCell[]) => cells.map((cell) => cell ?? undefined);
