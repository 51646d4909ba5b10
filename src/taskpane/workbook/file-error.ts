import { WorkbookUnusableError } from '../../core';

/** "The file is not an Excel workbook" becomes "round-1998.txt is not…": the user picked several, or may not remember which. */
export function namedAfterFile(error: unknown, file: string): unknown {
  if (!(error instanceof WorkbookUnusableError) || error.params.file !== undefined) return error;
  return error.withFile(file);
}
