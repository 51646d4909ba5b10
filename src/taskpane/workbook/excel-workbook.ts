import { ExcelHost } from '../../hosts/excel';
import { localEngine } from '../engine/local-engine';
import type { PaneWorkbook } from './pane-workbook';

/** The workbook open in Excel, through Office.js: the work runs in the pane's thread, where Office.js is. */
export function excelWorkbook(host: ExcelHost = new ExcelHost()): PaneWorkbook {
  return { engine: localEngine(host, nextPaint), goTo: (ref) => host.goTo(ref), shortfalls: host.shortfalls() };
}

/** After the next frame is drawn: a timer set in an animation frame runs once that frame is painted. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
