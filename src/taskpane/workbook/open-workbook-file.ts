import type { FileWorkbook } from './pane-workbook';

/**
 * Opens a workbook file chosen in the browser. The file host (ExcelJS, JSZip) is loaded here, on
 * first use, as a chunk of its own: inside Excel the pane never downloads it.
 */
export async function openWorkbookFile(file: File): Promise<FileWorkbook> {
  const [{ XlsxFileWorkbook }, bytes] = await Promise.all([
    import(/* webpackChunkName: "xlsx" */ './xlsx-file-workbook'),
    file.arrayBuffer(),
  ]);
  return new XlsxFileWorkbook(file.name, new Uint8Array(bytes));
}
