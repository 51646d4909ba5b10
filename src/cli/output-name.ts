import { basename, extname } from 'path';
import { WorkbookUnusableError } from '../core';
import type { WorkbookKind } from '../hosts/file';

/**
 * Refuses, before any work, an --out name under which Excel would not open the workbook written: a
 * workbook with macros (written from an .xlsm) under any name but .xlsm, one without (a new workbook,
 * or written from an .xlsx) under an .xlsm name. Says which name to use instead.
 */
export function assertOutputName(out: string, kind: WorkbookKind, input?: string): void {
  const xlsm = extname(out).toLowerCase() === '.xlsm';
  if (kind === 'xlsm' && !xlsm) {
    throw new WorkbookUnusableError('output-needs-xlsm', { path: out, suggested: withExtension(out, '.xlsm'), ...(input ? { file: basename(input) } : {}) });
  }
  if (kind === 'xlsx' && xlsm) throw new WorkbookUnusableError('output-cannot-be-xlsm', { path: out, suggested: withExtension(out, '.xlsx') });
}

/** `out` with its .xlsx or .xlsm (in any case) replaced, or `extension` added to any other name. */
function withExtension(out: string, extension: string): string {
  return /\.xls[xm]$/i.test(out) ? out.slice(0, -extension.length) + extension : out + extension;
}
