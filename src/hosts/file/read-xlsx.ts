import { type SheetSnapshot, textCell, type WorkbookSnapshot, WorkbookUnusableError } from '../../core';
import { fileSignature } from './file-signature';
import { PackageParts } from './package/package-parts';
import { dateStyles } from './read/date-styles';
import { readSharedStrings } from './read/shared-strings';
import { readSheetTables } from './read/sheet-tables';
import { readWorkbookPart } from './read/workbook-part';
import { readWorksheet, type CellContext } from './read/worksheet-cells';

/**
 * Reads an .xlsx into a snapshot: every worksheet (hidden ones too) in workbook order, those the
 * add-in wrote marked `owned`. The package is read as it streams (worksheets and shared strings a
 * chunk at a time), so what it costs grows with the cells stored, not with the sheets' used range.
 * Host-neutral (no `fs`), so it also runs in a browser's worker.
 * Anything that is not a usable workbook is a WorkbookUnusableError, never a raw zip or XML error.
 */
export async function readXlsx(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookSnapshot> {
  const data = asUint8Array(bytes);
  assertZip(data);
  const pkg = await PackageParts.open(data);
  const workbook = await readWorkbookPart(pkg);
  const context: CellContext = {
    sharedStrings: (await readSharedStrings(pkg, workbook.sharedStrings)).map(textCell),
    dateStyles: dateStyles(workbook.styles === undefined ? undefined : await pkg.text(workbook.styles)),
    date1904: workbook.date1904,
  };
  const sheets: SheetSnapshot[] = [];
  for (const { name, part } of workbook.sheets) {
    const { rows, tableParts, uncalculated, merged, hiddenColumns, hiddenRows } = await readWorksheet(pkg, part, context);
    const tables = await readSheetTables(pkg, part, tableParts);
    sheets.push({
      name,
      rows,
      tables,
      ...(workbook.owned.has(name) ? { owned: true } : {}),
      ...(uncalculated.length > 0 ? { uncalculated } : {}),
      ...(merged.length > 0 ? { merged } : {}),
      ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
      ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    });
  }
  return { sheets };
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

/** A Node Buffer is a Uint8Array, but possibly from another realm; viewing it again is cheap and safe. */
function asUint8Array(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
}
