import type { SheetPlan, TablePlan } from '../../../core';
import {
  freshRelationshipId,
  RELATIONSHIP,
  relationshipsPartOf,
  relationshipsXml,
  relativeTarget,
  withRelationship,
  type NewRelationship,
} from '../package/relationships';
import { printTitleColumns, printTitleRows } from '../../page-look';
import { addCharts } from './add-charts';
import type { ColumnValues } from './chart-series';
import { addOverride, CONTENT_TYPE } from './content-types';
import { freePartName } from './part-names';
import type { CellLook, SheetCells } from './sheet-cells';
import { tableXml } from './table-xml';
import { withSheet } from './workbook-edit';
import type { WorkbookPart } from './workbook-part';
import { worksheetXml } from './worksheet-xml';

/** What adding a sheet needs from the rest of the write. */
export interface NewSheetContext {
  readonly workbook: WorkbookPart;
  readonly cells: SheetCells;
  readonly styleId: (look: CellLook) => number;
  readonly columnValues: ColumnValues;
  /** A table id that no table of the workbook has. */
  readonly nextTableId: () => number;
}

/** Adds a plan sheet after the workbook's sheets, with its tables and charts; an output sheet marked as the add-in's own. */
export async function addSheet(context: NewSheetContext, sheet: SheetPlan): Promise<void> {
  const { workbook, cells, styleId } = context;
  const pkg = workbook.pkg;
  const part = freePartName(pkg, `${workbook.folder}worksheets/sheet`);
  const tables: NewRelationship[] = [];
  for (const table of sheet.tables) tables.push(await addTable(context, table, part, `rId${tables.length + 1}`));
  const drawing = sheet.charts.length === 0 ? undefined : await addDrawing(context, sheet, part, `rId${tables.length + 1}`);
  const related = drawing === undefined ? tables : [...tables, drawing];
  pkg.write(part, worksheetXml(sheet, cells, styleId, { ...(drawing ? { drawing: drawing.id } : {}), tables: tables.map(({ id }) => id) }));
  if (related.length > 0) pkg.write(relationshipsPartOf(part), relationshipsXml(related));
  await addOverride(pkg, part, CONTENT_TYPE.worksheet);
  await addToWorkbook(workbook, sheet, part);
}

async function addTable(context: NewSheetContext, table: TablePlan, sheetPart: string, relationshipId: string): Promise<NewRelationship> {
  const { pkg, folder } = context.workbook;
  const part = freePartName(pkg, `${folder}tables/table`);
  pkg.write(part, tableXml(table, context.nextTableId()));
  await addOverride(pkg, part, CONTENT_TYPE.table);
  return { id: relationshipId, type: RELATIONSHIP.table, target: relativeTarget(sheetPart, part) };
}

async function addDrawing(context: NewSheetContext, sheet: SheetPlan, sheetPart: string, relationshipId: string): Promise<NewRelationship> {
  const { pkg, folder } = context.workbook;
  const drawing = await addCharts(pkg, folder, sheet.charts, context.columnValues);
  return { id: relationshipId, type: RELATIONSHIP.drawing, target: relativeTarget(sheetPart, drawing) };
}

/** Lists the sheet last in the workbook, under a relationship id and a sheet id not used yet. */
async function addToWorkbook(workbook: WorkbookPart, { name, role, page }: SheetPlan, part: string): Promise<void> {
  const relationshipId = freshRelationshipId(await workbook.relationships());
  const relationship = { id: relationshipId, type: RELATIONSHIP.worksheet, target: relativeTarget(workbook.part, part) };
  await workbook.pkg.edit(workbook.relationshipsPart, (rels) => withRelationship(rels, relationship));
  const sheetId = Math.max(0, ...(await workbook.sheets()).map(({ sheetId }) => sheetId).filter(Number.isFinite)) + 1;
  const printTitles = page === undefined ? undefined : { rows: printTitleRows(page), columns: printTitleColumns(page) };
  await workbook.edit((xml) => withSheet(xml, { name, sheetId, relationshipId, owned: role !== 'input', printTitles }));
}
