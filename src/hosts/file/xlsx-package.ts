import JSZip from 'jszip';
import { WorkbookUnusableError } from '../../core/errors';
import { ownedSheets } from './package/workbook-xml';
import { attributesOf } from './package/xml';

/**
 * The zip-level look at an .xlsx, for what ExcelJS does not tell us:
 * whether the workbook part exists at all, each table's real header-row setting, and which
 * sheets the add-in owns.
 */

export async function openPackage(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new WorkbookUnusableError('corrupt-xlsx', { detail: 'not a readable zip archive' });
  }
}

/** ExcelJS loads a zip without a workbook part as a workbook with no sheets; it is a broken file. */
export function requireWorkbookPart(zip: JSZip): void {
  if (!part(zip, 'xl/workbook.xml')) {
    throw new WorkbookUnusableError('corrupt-xlsx', { detail: 'xl/workbook.xml is missing' });
  }
}

/**
 * Whether each table (by name) has a header row.
 * ExcelJS reads `headerRow` as `headerRowCount="1"`, but Excel leaves the attribute out
 * when it is 1 (the default), so ExcelJS says "no header" for nearly every real table.
 */
export async function tableHeaderRows(zip: JSZip): Promise<ReadonlyMap<string, boolean>> {
  const headerRows = new Map<string, boolean>();
  for (const file of zip.file(/^\/?xl\/tables\/[^/]+\.xml$/)) {
    const attributes = tableAttributes(await partText(file));
    if (attributes.name !== undefined) headerRows.set(attributes.name, attributes.headerRowCount !== '0');
  }
  return headerRows;
}

/**
 * The names of the sheets marked as the add-in's own. The mark is a sheet-scoped name, and ExcelJS
 * loses the scope (`localSheetId`) of every name but print areas, so it is read from workbook.xml.
 */
export async function ownedSheetNames(zip: JSZip): Promise<ReadonlySet<string>> {
  const workbook = part(zip, 'xl/workbook.xml');
  const workbookXml = workbook ? await partText(workbook) : '';
  return new Set(ownedSheets(workbookXml).map(({ name }) => name));
}

/** A part's text; a part the zip lists but cannot give back (cut short, sizes that disagree) makes the file corrupt. */
async function partText(file: JSZip.JSZipObject): Promise<string> {
  try {
    return await file.async('string');
  } catch {
    throw new WorkbookUnusableError('corrupt-xlsx', { detail: `${file.name} cannot be read` });
  }
}

function part(zip: JSZip, path: string): JSZip.JSZipObject | null {
  return zip.file(path) ?? zip.file(`/${path}`);
}

function tableAttributes(xml: string): Record<string, string | undefined> {
  return attributesOf(/<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml)?.[0] ?? '');
}
