import { RELATIONSHIP, freshRelationshipId, relativeTarget, withRelationship } from '../package/relationships';
import { elements, firstElement, XML_DECLARATION } from '../package/xml';
import { addOverride, CONTENT_TYPE } from './content-types';
import { NAMESPACE } from './namespaces';
import type { CellLook } from './sheet-cells';
import { StyleSheet } from './style-sheet';
import type { WorkbookPart } from './workbook-part';

/** What Excel itself writes for a workbook with no formatting, for a workbook that has no styles part. */
const MINIMAL_STYLES =
  `${XML_DECLARATION}<styleSheet xmlns="${NAMESPACE.spreadsheet}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Gives the workbook's styles the looks, and says which cell style (`s`) each look is. */
export async function addLooks(workbook: WorkbookPart, looks: readonly CellLook[]): Promise<(look: CellLook) => number> {
  const part = await stylesPart(workbook);
  const styles = new StyleSheet((await workbook.pkg.text(part)) ?? MINIMAL_STYLES);
  // One styleId per distinct look, not per cell: each call searches the styles part's XML. Cells mostly
  // share their look objects (a table column's), so each object is keyed once.
  const ids = new Map<string, number>();
  const byObject = new Map<CellLook, number>();
  for (const look of new Set(looks)) {
    const key = lookKey(look);
    if (!ids.has(key)) ids.set(key, styles.styleId(look));
    byObject.set(look, ids.get(key)!);
  }
  workbook.pkg.write(part, styles.text);
  return (look) => byObject.get(look) ?? ids.get(lookKey(look)) ?? 0;
}

async function stylesPart(workbook: WorkbookPart): Promise<string> {
  const relationships = await workbook.relationships();
  const styles = relationships.find(({ type }) => type === RELATIONSHIP.styles)?.part;
  if (styles !== undefined) return styles;
  const part = `${workbook.folder}styles.xml`;
  const relationship = { id: freshRelationshipId(relationships), type: RELATIONSHIP.styles, target: relativeTarget(workbook.part, part) };
  await workbook.pkg.edit(workbook.relationshipsPart, (rels) => withRelationship(rels, relationship));
  await addOverride(workbook.pkg, part, CONTENT_TYPE.styles);
  return part;
}

function lookKey({ style, format, align, wrap, indent, unlocked }: CellLook): string {
  return `${style ?? ''}|${format ?? ''}|${align ?? ''}|${wrap ? 'wrap' : ''}|${indent ?? 0}|${unlocked ? 'unlocked' : ''}`;
}

/** The cell styles (`s`) whose text wraps: a row added under a wrapped cell wraps too, and needs its height. */
export async function wrappingStyles(workbook: WorkbookPart): Promise<ReadonlySet<number>> {
  const relationships = await workbook.relationships();
  const part = relationships.find(({ type }) => type === RELATIONSHIP.styles)?.part;
  const xml = part === undefined ? undefined : await workbook.pkg.text(part);
  const cellXfs = firstElement(xml ?? '', 'cellXfs')?.inner ?? '';
  const wrapping = new Set<number>();
  elements(cellXfs, 'xf').forEach((xf, i) => {
    if (/wrapText\s*=\s*["'](?:1|true)["']/.test(xf.inner ?? '')) wrapping.add(i);
  });
  return wrapping;
}
