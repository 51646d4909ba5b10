/** The MIME type of each kind of workbook the pane opens: one with macros keeps them, and its kind. */
const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
} as const;
/** Long enough for the browser to have started saving the file before its URL goes. */
const KEEP_URL_MS = 60_000;

/** An .xlsm opened is downloaded as an .xlsm: Excel opens a workbook with macros under no other name. */
function kindOf(opened: string): keyof typeof TYPES {
  return /\.xlsm$/i.test(opened) ? 'xlsm' : 'xlsx';
}

/** "round-1998.xlsx" → "round-1998-results.xlsx" (an .xlsm stays .xlsm): the download never takes the opened file's name. */
export function downloadName(opened: string): string {
  const stem = opened.replace(/\.xls[xm]$/i, '');
  return `${stem}-results.${kindOf(opened)}`;
}

/** Saves the bytes through the browser's download, as the user's browser does for any file. */
export function downloadWorkbook(bytes: Uint8Array, opened: string): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: TYPES[kindOf(opened)] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = downloadName(opened);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
