import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { WorkbookUnusableError, type UnusableReason } from '../../../src/core/errors';
import type { SheetSnapshot } from '../../../src/core/workbook/snapshot';
import { readXlsx } from '../../../src/hosts/file/read-xlsx';

/** Test workbooks, built with ExcelJS as a user's file would be saved. */

export async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The snapshot of a one-sheet workbook; A1 is left to `build`, so the sheet is never empty unless it says so. */
export async function readSheetBuiltBy(build: (sheet: ExcelJS.Worksheet) => void): Promise<SheetSnapshot> {
  const bytes = await xlsxBytes((workbook) => build(workbook.addWorksheet('Survey')));
  const snapshot = await readXlsx(bytes);
  return snapshot.sheets[0];
}

/** Edits one part of the package, as another producer (Excel itself, or a broken tool) would have written it. */
export async function withPart(bytes: Uint8Array, path: string, rewrite: (xml: string) => string | null): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file(path)?.async('string')) ?? '';
  const rewritten = rewrite(xml);
  if (rewritten === null) zip.remove(path);
  else zip.file(path, rewritten);
  return zip.generateAsync({ type: 'uint8array' });
}

export async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, content);
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * The WorkbookUnusableError a read fails with, for `reason` when one is given (its parameters are then that
 * reason's); fails the test if it succeeds or fails otherwise.
 */
export async function unusable<R extends UnusableReason = UnusableReason>(read: Promise<unknown>, reason?: R): Promise<WorkbookUnusableError<R>> {
  const error = await read.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof WorkbookUnusableError)) throw new Error(`expected a WorkbookUnusableError, got ${String(error)}`);
  if (reason !== undefined && error.reason !== reason) throw new Error(`expected a WorkbookUnusableError for ${reason}, got ${String(error)}`);
  return error as WorkbookUnusableError<R>;
}
