import { RELATIONSHIP, withoutRelationship } from '../package/relationships';
import { removeOverrides } from './content-types';
import type { WorkbookPart } from './workbook-part';

/**
 * The calculation chain lists formula cells by sheet id, and Excel repairs a file whose chain
 * names a sheet that is gone. It is only a cache that Excel rebuilds, so it goes with such a sheet.
 */
export async function dropCalcChainOfSheet(workbook: WorkbookPart, sheetId: number): Promise<void> {
  const chain = (await workbook.relationships()).find(({ type }) => type === RELATIONSHIP.calcChain);
  if (chain?.part === undefined) return;
  const xml = (await workbook.pkg.text(chain.part)) ?? '';
  if (!new RegExp(String.raw`\si\s*=\s*["']${sheetId}["']`).test(xml)) return;
  workbook.pkg.remove(chain.part);
  await workbook.pkg.edit(workbook.relationshipsPart, (rels = '') => withoutRelationship(rels, chain.id));
  await removeOverrides(workbook.pkg, [chain.part]);
}
