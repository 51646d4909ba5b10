import type { SheetPlan } from '../../../core';
import { Utf8Writer } from '../package/utf8-writer';
import { XML_DECLARATION } from '../package/xml';
import { cellXml } from './cell-xml';
import { colsXml } from './cols-xml';
import { dataValidationsXml } from './data-validations-xml';
import { NAMESPACE } from './namespaces';
import { pageSetupXml } from './page-setup-xml';
import { rowHeight } from './row-heights';
import type { CellLook, PlannedCell, SheetCells } from './sheet-cells';
import { areaA1 } from './sheet-reference';
import { sheetViewsXml } from './sheet-views';

/** Protected without a password: cells (but those whose style unlocks them), drawings and scenarios. */
const SHEET_PROTECTION = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';

export interface WorksheetRelationships {
  readonly drawing?: string;
  readonly tables: readonly string[];
}

/**
 * A worksheet part as UTF-8, its elements in the order the schema requires (Excel refuses any other),
 * written a row at a time.
 */
export function worksheetXml(sheet: SheetPlan, cells: SheetCells, styleId: (look: CellLook) => number, relationships: WorksheetRelationships): Uint8Array {
  const rows = cells.rows();
  const page = pageSetupXml(sheet.page);
  const xml = new Utf8Writer();
  xml.write(
    `${XML_DECLARATION}<worksheet xmlns="${NAMESPACE.spreadsheet}" xmlns:r="${NAMESPACE.relationships}">` +
      // Printed as the plan's page says; without one, one page wide, landscape: the summary goes to a published report.
      page.sheetPr +
      `<dimension ref="${dimension(rows)}"/>` +
      sheetViewsXml(sheet.freeze) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      colsXml(sheet) +
      '<sheetData>',
  );
  for (const row of rows) xml.write(rowXml(row, styleId, sheet.columnWidths ?? {}));
  xml.write(
    '</sheetData>' +
      (sheet.protection === undefined ? '' : SHEET_PROTECTION) +
      dataValidationsXml(sheet.validations) +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      page.pageSetup +
      (relationships.drawing === undefined ? '' : `<drawing r:id="${relationships.drawing}"/>`) +
      tablePartsXml(relationships.tables) +
      '</worksheet>',
  );
  return xml.bytes();
}

function dimension(rows: readonly PlannedCell[][]): string {
  if (rows.length === 0) return 'A1';
  const left = rows.reduce((min, row) => Math.min(min, row[0].column), Infinity);
  const right = rows.reduce((max, row) => Math.max(max, row[row.length - 1].column), 0);
  return areaA1({ top: rows[0][0].row, bottom: rows[rows.length - 1][0].row, left, right });
}

function rowXml(cells: readonly PlannedCell[], styleId: (look: CellLook) => number, widths: Readonly<Record<number, number>>): string {
  const height = rowHeight(cells, widths);
  const tall = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
  return `<row r="${cells[0].row}"${tall}>${cells.map((cell) => cellXml(cell, styleId(cell.look))).join('')}</row>`;
}

function tablePartsXml(relationshipIds: readonly string[]): string {
  if (relationshipIds.length === 0) return '';
  return `<tableParts count="${relationshipIds.length}">${relationshipIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`;
}
