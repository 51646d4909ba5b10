import type { WorkbookKind } from '../../hosts/file';

/** The MIME type of each kind of workbook the pane opens: one with macros keeps them, and its kind. */
const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
} as const satisfies Record<WorkbookKind, string>;
/** Long enough for the browser to have started saving the file before its URL goes. */
const KEEP_URL_MS = 60_000;

/**
 * "round-1998.xlsx" → "round-1998-results.xlsx": the download never takes the opened file's name. A workbook
 * with macros is downloaded as an .xlsm, even one renamed .xlsx: Excel opens it under no other name.
 */
export function downloadName(opened: string, kind: WorkbookKind): string {
  const stem = opened.replace(/\.xls[xm]$/i, '');
  return `${stem}-results.${kind}`;
}

/** Saves the bytes through the browser's download, as the user's browser does for any file. */
export function downloadWorkbook(bytes: Uint8Array, opened: string, kind: WorkbookKind): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: TYPES[kind] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = downloadName(opened, kind);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
