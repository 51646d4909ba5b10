import { ExcelHost } from '../../hosts/excel/excel-host';
import type { PaneWorkbook } from './pane-workbook';

/** The workbook open in Excel, through Office.js. */
export function excelWorkbook(host: ExcelHost = new ExcelHost()): PaneWorkbook {
  return {
    read: () => host.read(),
    write: (plan) => host.write(plan),
    goTo: (ref) => host.goTo(ref),
  };
}
