import type { ExcelOffice, ExcelRun } from '../../../../src/hosts/excel/office';
import { Meter, StrictContext } from './context';
import type { WorkbookModel } from './model';
import { asExcel } from './strict-object';

export { Meter, PAYLOAD_LIMIT } from './context';
export { SheetModel, WorkbookModel } from './model';

export interface StrictExcel {
  readonly office: ExcelOffice;
  readonly model: WorkbookModel;
  readonly meter: Meter;
}

/**
 * A strict stand-in for Office.js over `model`: `office.run` is `Excel.run`, `office.supports` answers
 * for ExcelApi up to `apiVersion`, and any member of a newer set (by @types/office-js: see api-sets.ts)
 * fails the request at `sync()` with ApiNotFound, as an older Excel fails it. Every request is measured on `meter`.
 */
export function strictExcel(model: WorkbookModel, apiVersion = '1.9'): StrictExcel {
  const meter = new Meter();
  const supports = (version: string) => minor(version) <= minor(apiVersion);
  const run: ExcelRun = (batch) => batch(asExcel<Excel.RequestContext>(new StrictContext(model, meter, supports)));
  return { office: { run, supports }, model, meter };
}

function minor(version: string): number {
  return Number(version.split('.')[1] ?? 0);
}
