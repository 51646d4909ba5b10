import type { WorkbookSnapshot } from '../../core';

/**
 * What the pane's file pickers offer: workbooks without macros and with (an .xlsm keeps its macros, and
 * is downloaded as an .xlsm), by extension and by MIME type.
 */
export const WORKBOOK_FILE_TYPES = [
  '.xlsx',
  '.xlsm',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel.sheet.macroEnabled.12',
].join(',');

/** Reads the bytes of an .xlsx file into a snapshot; a file that is no usable workbook is a WorkbookUnusableError. */
export type ReadXlsx = (bytes: Uint8Array) => Promise<WorkbookSnapshot>;

/**
 * ExcelJS's reader, loaded when the user has picked files to import, in the file host's chunk: inside
 * Excel the pane downloads it only then. Loaded once per import, so that a chunk that cannot be
 * loaded fails the import instead of every file.
 */
export async function loadXlsxReader(): Promise<ReadXlsx> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ '../../hosts/file/read-xlsx');
  return readXlsx;
}

export async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
