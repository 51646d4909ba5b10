import { relationshipsPartOf, withoutRelationship } from '../package/relationships';
import type { SheetEntry } from '../package/workbook-xml';
import { dropCalcChainOfSheet } from './calc-chain';
import { removeOverrides } from './content-types';
import { partsThatGoWith } from './part-graph';
import { withoutSheet } from './workbook-edit';
import type { WorkbookPart } from './workbook-part';

/**
 * Takes a sheet out of the workbook with everything that came with it (its tables, drawings,
 * charts and their relationships), leaving no part, relationship, content type or name behind.
 */
export async function removeSheet(workbook: WorkbookPart, sheet: SheetEntry): Promise<void> {
  const relationship = (await workbook.relationships()).find(({ id }) => id === sheet.relationshipId);
  if (relationship?.part !== undefined) {
    const parts = await partsThatGoWith(workbook.pkg, relationship.part);
    for (const part of parts) {
      workbook.pkg.remove(part);
      workbook.pkg.remove(relationshipsPartOf(part));
    }
    await removeOverrides(workbook.pkg, parts);
  }
  await workbook.pkg.edit(workbook.relationshipsPart, (rels = '') => withoutRelationship(rels, sheet.relationshipId));
  await workbook.edit((xml) => withoutSheet(xml, sheet));
  await dropCalcChainOfSheet(workbook, sheet.sheetId);
}
