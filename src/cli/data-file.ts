import { basename } from 'path';
import { assertHoldsData, WorkbookUnusableError, type WorkbookSnapshot } from '../core';
import { readXlsxFile } from '../hosts/file/node';

/**
 * A workbook the command needs data from (the one to check or analyse, a second round, a form, a
 * returned submission): read, and refused under its own name when no sheet of it holds anything.
 */
export async function readDataFile(path: string): Promise<WorkbookSnapshot> {
  return holdingData(path, await readXlsxFile(path));
}

/** The workbook read from `path`, refused under the file's name when no sheet of it holds anything. */
export function holdingData(path: string, workbook: WorkbookSnapshot): WorkbookSnapshot {
  try {
    assertHoldsData(workbook);
  } catch (error) {
    if (error instanceof WorkbookUnusableError) throw error.withFile(basename(path));
    throw error;
  }
  return workbook;
}
