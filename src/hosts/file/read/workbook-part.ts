import { excelNameKey, WorkbookUnusableError } from '../../../core';
import type { PackageParts } from '../package/package-parts';
import { relationshipsIn, relationshipsPartOf, type Relationship } from '../package/relationships';
import { firstElement } from '../package/xml';
import { ownedSheets, sheetEntries } from '../package/workbook-xml';
import { assertWellFormed } from './xml-stream';

/** What the workbook part says the package holds, and where. */
export interface WorkbookPart {
  /** The worksheets (not chart sheets) in workbook order, each with its part. */
  readonly sheets: readonly { readonly name: string; readonly part: string }[];
  readonly owned: ReadonlySet<string>;
  /** Dates count from 1904-01-01: `date1904="1"`, or `"true"` as LibreOffice writes it. */
  readonly date1904: boolean;
  readonly sharedStrings?: string;
  readonly styles?: string;
}

const DEFAULT_WORKBOOK = 'xl/workbook.xml';
/** A cell whose value is an index into the shared strings. */
const SHARED_STRING_CELL = /<(?:[\w.-]+:)?c\b[^>]*\st\s*=\s*["']s["']/;

/**
 * Reads the workbook part, found by the package's relationship (relative or absolute, as openpyxl
 * writes it), and holds the package to what a workbook cannot do without: a content types part,
 * a part for each sheet, sheet names unique whatever their case, the shared strings if cells use them.
 */
export async function readWorkbookPart(pkg: PackageParts): Promise<WorkbookPart> {
  if (!pkg.parts().some((name) => name.toLowerCase().startsWith('xl/'))) throw new WorkbookUnusableError('not-xlsx');
  const location = (await relationshipsFrom(pkg, '')).find((r) => isType(r, 'officeDocument'))?.part ?? DEFAULT_WORKBOOK;
  const xml = await pkg.text(location);
  if (xml === undefined) throw corrupt(`${location} is missing`);
  if (!pkg.has('[Content_Types].xml')) throw corrupt('[Content_Types].xml is missing');
  assertWellFormed(xml);
  const relationships = await relationshipsFrom(pkg, location);
  const sheets = worksheetsOf(xml, relationships, pkg);
  assertDistinctNames(sheets.map(({ name }) => name));
  const partOf = (type: string) => relationships.find((r) => isType(r, type) && r.part !== undefined && pkg.has(r.part))?.part;
  const sharedStrings = partOf('sharedStrings');
  if (sharedStrings === undefined && (await anySheetUsesSharedStrings(pkg, sheets))) throw corrupt('xl/sharedStrings.xml is missing');
  const styles = partOf('styles');
  const date1904 = firstElement(xml, 'workbookPr')?.attributes.date1904;
  return {
    sheets,
    owned: new Set(ownedSheets(xml).map(({ name }) => name)),
    date1904: date1904 === '1' || date1904?.toLowerCase() === 'true',
    ...(sharedStrings !== undefined ? { sharedStrings } : {}),
    ...(styles !== undefined ? { styles } : {}),
  };
}

function worksheetsOf(xml: string, relationships: readonly Relationship[], pkg: PackageParts): { name: string; part: string }[] {
  return sheetEntries(xml).flatMap(({ name, relationshipId }) => {
    const relationship = relationships.find(({ id }) => id === relationshipId);
    if (relationship !== undefined && !isType(relationship, 'worksheet')) return [];
    const part = relationship?.part;
    if (part === undefined || !pkg.has(part)) throw corrupt(`the sheet “${name}” has no part ${part ?? relationshipId}`);
    return [{ name, part }];
  });
}

/** By the type's last segment: transitional and strict OOXML name the same types under different roots. */
function isType(relationship: Relationship, type: string): boolean {
  return relationship.type.endsWith(`/${type}`);
}

async function relationshipsFrom(pkg: PackageParts, source: string): Promise<Relationship[]> {
  return relationshipsIn((await pkg.text(relationshipsPartOf(source))) ?? '', source);
}

/** Sheet names are unique as Excel compares them. */
function assertDistinctNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    const key = excelNameKey(name);
    if (seen.has(key)) throw corrupt(`two sheets are named “${name}”`);
    seen.add(key);
  }
}

/** Only read when the shared strings part is missing, which is rare: it costs a second inflate of every sheet. */
async function anySheetUsesSharedStrings(pkg: PackageParts, sheets: readonly { part: string }[]): Promise<boolean> {
  for (const { part } of sheets) {
    if (SHARED_STRING_CELL.test((await pkg.text(part).catch(() => '')) ?? '')) return true;
  }
  return false;
}

function corrupt(detail: string): WorkbookUnusableError {
  return new WorkbookUnusableError('corrupt-xlsx', { detail });
}
