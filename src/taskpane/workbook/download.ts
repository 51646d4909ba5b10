const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Long enough for the browser to have started saving the file before its URL goes. */
const KEEP_URL_MS = 60_000;

/** "round-1998.xlsx" → "round-1998-results.xlsx": the download never takes the opened file's name. */
export function downloadName(opened: string): string {
  const stem = opened.replace(/\.xlsx$/i, '');
  return `${stem}-results.xlsx`;
}

/** Saves the bytes through the browser's download, as the user's browser does for any file. */
export function downloadWorkbook(bytes: Uint8Array, opened: string): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = downloadName(opened);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
