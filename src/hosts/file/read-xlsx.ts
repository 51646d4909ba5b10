import ExcelJS from 'exceljs';
import { WorkbookUnusableError } from '../../core/errors';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { fileSignature } from './file-signature';
import { assertPackageParts, assertSpreadsheetPackage } from './package-structure';
import { readSheet } from './read-sheet';
import { openPackage, ownedSheetNames, requireWorkbookPart, tableHeaderRows } from './xlsx-package';

/**
 * Reads an .xlsx into a snapshot: every worksheet (hidden ones too) in workbook order,
 * those the add-in wrote marked `owned`.
 * Host-neutral (no `fs`), so it also runs in a browser.
 * Anything that is not a usable workbook is a WorkbookUnusableError, never a raw ExcelJS or JSZip error.
 */
export async function readXlsx(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookSnapshot> {
  const data = asUint8Array(bytes);
  assertZip(data);
  const zip = await openPackage(data);
  assertSpreadsheetPackage(zip);
  requireWorkbookPart(zip);
  await assertPackageParts(zip);
  const headerRows = await tableHeaderRows(zip);
  const owned = await ownedSheetNames(zip);
  const workbook = await loadWorkbook(data);
  const sheets = workbook.worksheets.map((sheet) => readSheet(sheet, headerRows));
  const snapshot: WorkbookSnapshot = { sheets: sheets.map((sheet) => (owned.has(sheet.name) ? { ...sheet, owned: true } : sheet)) };
  return snapshot;
}

function assertZip(data: Uint8Array): void {
  switch (fileSignature(data)) {
    case 'zip':
      return;
    case 'encrypted-ooxml':
      throw new WorkbookUnusableError('password-protected');
    case 'legacy-xls':
      throw new WorkbookUnusableError('legacy-xls');
    case 'empty':
      throw new WorkbookUnusableError('empty-file');
    case 'unknown':
      throw new WorkbookUnusableError('not-xlsx');
  }
}

async function loadWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Buffer; it hands the bytes to JSZip, which takes a Uint8Array anywhere.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookUnusableError('corrupt-xlsx', {
      detail: 'the workbook parts could not be read',
      cause: shortMessage(error),
    });
  }
  return workbook;
}

/** A Node Buffer is a Uint8Array, but possibly from another realm; viewing it again is cheap and safe. */
function asUint8Array(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
}

function shortMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0].trim();
  return firstLine.length > 120 ? `${firstLine.slice(0, 117)}...` : firstLine;
}
