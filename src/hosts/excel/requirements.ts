import { ExcelHostError, type ExcelTask } from './excel-errors';
import type { ExcelOffice } from './office';

/**
 * The ExcelApi requirement set the host cannot work without, and so the one the manifest declares:
 * ranges by index, freeze panes, workbook protection and chart series (1.7), sheet-scoped names and
 * the *OrNullObject methods (1.4), suspended calculation (1.6), sheet protection, unlocked cells and
 * hidden columns (1.2).
 */
export const REQUIRED_EXCEL_API = '1.7';

/** What a newer Excel adds and the host uses when it can, with the ExcelApi version each needs. */
const EXTRAS = {
  /** The value axis's own `0%` format and where the reversed category axis crosses it. */
  axisLayout: '1.8',
  /** The bars' labels' own `0%` format (before it, they take their cells' format, the plan's percent). */
  labelFormat: '1.8',
  /** No flicker while sheets are written. */
  screenUpdatingSuspension: '1.9',
  /** In-cell dropdowns (list data validation) with their prompts. */
  dropdowns: '1.8',
  /** How a sheet prints (A4, orientation, fit, title rows, header and footer, page breaks). */
  pageLayout: '1.9',
  /** A right-aligned table header indented clear of its filter button. */
  indents: '1.9',
} as const;

type Extra = keyof typeof EXTRAS;

/** Whether the Excel in use has each extra; without one the result is the same, less polished. */
export type ExcelExtras = { readonly [E in Extra]: boolean };

/** The extras a user would notice missing, and is told about: sheets that print as Excel pleases, templates without dropdowns. */
const NOTICED = ['pageLayout', 'dropdowns'] as const satisfies readonly Extra[];

/** Something this Excel cannot do that a newer one does, and the ExcelApi version it needs. */
export interface ExcelShortfall {
  readonly extra: (typeof NOTICED)[number];
  readonly needs: string;
}

export function requireExcelApi(office: ExcelOffice, task: ExcelTask): void {
  if (!office.supports(REQUIRED_EXCEL_API)) {
    throw new ExcelHostError('newer-excel-needed', { task, version: REQUIRED_EXCEL_API });
  }
}

export function excelExtras(office: ExcelOffice): ExcelExtras {
  const entries = (Object.keys(EXTRAS) as Extra[]).map((extra) => [extra, office.supports(EXTRAS[extra])]);
  return Object.fromEntries(entries) as ExcelExtras;
}

export function excelShortfalls(office: ExcelOffice): readonly ExcelShortfall[] {
  return NOTICED.filter((extra) => !office.supports(EXTRAS[extra])).map((extra) => ({ extra, needs: EXTRAS[extra] }));
}
