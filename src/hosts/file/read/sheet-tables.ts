import { parseA1Range, type TableSnapshot } from '../../../core';
import type { PackageParts } from '../package/package-parts';
import { relationshipsPartOf, relationshipsIn } from '../package/relationships';
import { attributesOf } from '../package/xml';

/**
 * The tables of a worksheet, from its `<tablePart>`s. Excel leaves `headerRowCount` out when it is
 * 1, so a table has a header row unless it says 0.
 */
export async function readSheetTables(pkg: PackageParts, sheetPart: string, tableIds: readonly string[]): Promise<TableSnapshot[]> {
  if (tableIds.length === 0) return [];
  const relationships = relationshipsIn((await pkg.text(relationshipsPartOf(sheetPart))) ?? '', sheetPart);
  const tables: TableSnapshot[] = [];
  for (const id of tableIds) {
    const part = relationships.find((relationship) => relationship.id === id)?.part;
    const xml = part === undefined ? undefined : await pkg.text(part);
    const table = xml === undefined ? undefined : tableOf(xml);
    if (table) tables.push(table);
  }
  return tables;
}

function tableOf(xml: string): TableSnapshot | undefined {
  const attributes = attributesOf(/<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml)?.[0] ?? '');
  const name = attributes.displayName ?? attributes.name;
  const range = attributes.ref === undefined ? undefined : parseA1Range(attributes.ref);
  if (name === undefined || range === undefined) return undefined;
  return { name, range, hasHeaderRow: attributes.headerRowCount !== '0', hasTotalsRow: Number(attributes.totalsRowCount ?? 0) > 0 };
}
