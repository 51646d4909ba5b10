import type JSZip from 'jszip';
import { WorkbookUnusableError } from '../../core/errors';
import { relationshipsIn } from './package/relationships';
import { sheetEntries } from './package/workbook-xml';

/**
 * What a zip must hold to be read as a workbook, checked before ExcelJS reads it: ExcelJS reads a
 * zip of anything as a workbook with no sheets, a sheet whose part is missing as no sheet, and
 * shared-string cells without their part as blanks, so each would be "empty" or silently wrong.
 */

const WORKBOOK = 'xl/workbook.xml';
const SHARED_STRINGS_TYPE = /\/sharedStrings$/;
/** A cell whose value is an index into the shared strings. */
const SHARED_STRING_CELL = /<(?:[\w.-]+:)?c\b[^>]*\st\s*=\s*["']s["']/;

/** A zip with no spreadsheet part at all (a zip of documents, an .ods, a .docx) is not an .xlsx. */
export function assertSpreadsheetPackage(zip: JSZip): void {
  if (!partNames(zip).some((name) => name.startsWith('xl/'))) throw new WorkbookUnusableError('not-xlsx');
}

/** The parts an .xlsx cannot do without, and sheet names Excel would refuse. */
export async function assertPackageParts(zip: JSZip): Promise<void> {
  const names = new Set(partNames(zip));
  if (!names.has('[content_types].xml')) throw corrupt('[Content_Types].xml is missing');
  const sheets = sheetEntries(await text(zip, WORKBOOK));
  assertDistinctNames(sheets.map(({ name }) => name));
  const relationships = relationshipsIn(await text(zip, 'xl/_rels/workbook.xml.rels'), WORKBOOK);
  for (const sheet of sheets) {
    const part = relationships.find(({ id }) => id === sheet.relationshipId)?.part;
    if (part !== undefined && !names.has(part.toLowerCase())) throw corrupt(`the sheet “${sheet.name}” has no part ${part}`);
  }
  const sharedStrings = relationships.some(({ type, part }) => SHARED_STRINGS_TYPE.test(type) && part !== undefined && names.has(part.toLowerCase()));
  if (!sharedStrings && (await anySheetUsesSharedStrings(zip))) throw corrupt('xl/sharedStrings.xml is missing');
}

/** Sheet names are unique whatever the case, in Excel. */
function assertDistinctNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key)) throw corrupt(`two sheets are named “${name}”`);
    seen.add(key);
  }
}

/** Only read when the shared strings part is missing, which is rare: it costs a second inflate of every sheet. */
async function anySheetUsesSharedStrings(zip: JSZip): Promise<boolean> {
  for (const file of zip.file(/^\/?xl\/worksheets\/[^/]+\.xml$/i)) {
    if (SHARED_STRING_CELL.test(await file.async('string').catch(() => ''))) return true;
  }
  return false;
}

/** Part names as OPC compares them: no leading slash, any case. */
function partNames(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((file) => !file.dir)
    .map((file) => file.name.replace(/^\//, '').toLowerCase());
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path) ?? zip.file(`/${path}`);
  if (file === null) return '';
  try {
    return await file.async('string');
  } catch {
    throw corrupt(`${path} cannot be read`);
  }
}

function corrupt(detail: string): WorkbookUnusableError {
  return new WorkbookUnusableError('corrupt-xlsx', { detail });
}
