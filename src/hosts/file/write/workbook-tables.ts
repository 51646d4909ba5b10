import { RELATIONSHIP, relationshipsOf } from '../package/relationships';
import { attributesOf } from '../package/xml';
import type { WorkbookPart } from './workbook-part';

export interface WorkbookTable {
  readonly name: string;
  readonly id: number;
  /** The sheet it is on. */
  readonly sheet: string;
}

/** The tables on the workbook's sheets, with the ids their parts give them. */
export async function workbookTables(workbook: WorkbookPart): Promise<WorkbookTable[]> {
  const tables: WorkbookTable[] = [];
  for (const { sheet, relationship } of await workbook.sheetsWithParts()) {
    if (relationship?.part === undefined) continue;
    for (const { type, part } of await relationshipsOf(workbook.pkg, relationship.part)) {
      const xml = type === RELATIONSHIP.table && part !== undefined ? await workbook.pkg.text(part) : undefined;
      const root = attributesOf(/<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml ?? '')?.[0] ?? '');
      if (root.name !== undefined) tables.push({ name: root.name, id: Number(root.id) || 0, sheet: sheet.name });
    }
  }
  return tables;
}
