import { ExcelHostError, type ExcelTask } from './excel-errors';
import type { ExcelOffice } from './office';

/**
 * The ExcelApi requirement set the host cannot work without, and so the one the manifest declares:
 * ranges by index, freeze panes, workbook protection and chart series (1.7), sheet-scoped names and
 * the *OrNullObject methods (1.4), suspended calculation (1.6), sheet protection, unlocked cells and
 * hidden columns (1.2).
 */
export const REQUIRED_EXCEL_API = '1.7';

/** What a newer Excel adds and the host uses when it can; without it the result is the same, less polished. */
export interface ExcelExtras {
  /** ExcelApi 1.8: the value axis's own `0%` format and where the reversed category axis crosses it. */
  readonly axisLayout: boolean;
  /** ExcelApi 1.8: the bars' labels' own `0%` format (before it, they take their cells' format, the plan's percent). */
  readonly labelFormat: boolean;
  /** ExcelApi 1.9: no flicker while sheets are written. */
  readonly screenUpdatingSuspension: boolean;
  /** ExcelApi 1.8: in-cell dropdowns (list data validation) with their prompts. */
  readonly dropdowns: boolean;
  /** ExcelApi 1.9: how a sheet prints (A4, orientation, fit, title rows, header and footer, page breaks). */
  readonly pageLayout: boolean;
  /** ExcelApi 1.9: a right-aligned table header indented clear of its filter button. */
  readonly indents: boolean;
}

export function requireExcelApi(office: ExcelOffice, task: ExcelTask): void {
  if (!office.supports(REQUIRED_EXCEL_API)) {
    throw new ExcelHostError('newer-excel-needed', { task, version: REQUIRED_EXCEL_API });
  }
}

export function excelExtras(office: ExcelOffice): ExcelExtras {
  return { axisLayout: office.supports('1.8'), labelFormat: office.supports('1.8'), screenUpdatingSuspension: office.supports('1.9'), dropdowns: office.supports('1.8'), pageLayout: office.supports('1.9'), indents: office.supports('1.9') };
}
