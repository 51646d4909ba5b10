import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { formSheets, RECEIVED_FORMAT, responseRow, responsesHeader } from './synthetic-form';
import type { Size } from './sizes';

/** Bumped whenever the generated content changes, so that a cached file of an older generator is not reused. */
const GENERATOR_VERSION = 1;

/** The benchmark's own scratch folder, git-ignored by a .gitignore of its own. */
export function cacheFolder(root: string): string {
  const folder = join(root, 'bench', '.cache');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, '.gitignore'), '*\n');
  return folder;
}

/** The .xlsx of `size` in `folder`: written on first use, reused after while the generator is unchanged. */
export async function benchWorkbook(folder: string, size: Size): Promise<{ path: string; generated: boolean }> {
  const path = join(folder, `responses-${size.rows}x${size.items}-v${GENERATOR_VERSION}.xlsx`);
  if (existsSync(path)) return { path, generated: false };
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  await writeWorkbook(partial, size);
  renameSync(partial, path);
  return { path, generated: true };
}

/** Streams the workbook to disk (shared strings, as Excel writes them): Responses first, then the XLSForm. */
async function writeWorkbook(path: string, size: Size): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const responses = workbook.addWorksheet('Responses');
  responses.addRow(responsesHeader(size)).commit();
  for (let row = 1; row <= size.rows; row++) {
    const added = responses.addRow(responseRow(row, size));
    added.getCell(2).numFmt = RECEIVED_FORMAT;
    added.commit();
  }
  responses.commit();
  for (const [name, rows] of Object.entries(formSheets(size))) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((cells) => sheet.addRow(cells).commit());
    sheet.commit();
  }
  await workbook.commit();
}
