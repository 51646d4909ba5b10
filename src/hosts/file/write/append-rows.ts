import { excelNameKey, parseA1Range, rangeA1, WorkbookUnusableError, type CellRange, type PlanValue, type TableAppendPlan } from '../../../core';
import { RELATIONSHIP, relationshipsOf } from '../package/relationships';
import { attributesOf, elements, firstElement, replaceSpan, withAttribute, type XmlElement } from '../package/xml';
import { cellXml } from './cell-xml';
import { rowHeight } from './row-heights';
import { wrappingStyles } from './styles-part';
import type { WorkbookPart } from './workbook-part';

/**
 * The plan's rows added under the last row of a table already in the workbook, in place: the rows above,
 * and whatever the user did to them, stay byte for byte; the table and its filter grow over the new rows;
 * each new cell takes the style of the cell above it (a date stays a date), and a data validation that
 * ran to the table's last row runs to its new one, as when Excel adds a row to a table. Refused, with
 * nothing written, when the table's columns are no longer those read, or when the sheet has cells where
 * the new rows go.
 */
export async function appendTableRows(workbook: WorkbookPart, append: TableAppendPlan): Promise<void> {
  if (append.rows.length === 0) return;
  const { sheetPart, tablePart, tableXml } = await locate(workbook, append);
  const tableRef = attributesOf(/<(?:[\w.-]+:)?table\b[^>]*>/.exec(tableXml)![0]).ref;
  const range = parseA1Range(tableRef ?? '');
  const names = elements(tableXml, 'tableColumn').map((column) => attributesOf(column.startTag).name ?? '');
  const same =
    range !== undefined && names.length === append.columns.length && names.every((name, i) => excelNameKey(name) === excelNameKey(append.columns[i]));
  if (!same || range === undefined) throw new WorkbookUnusableError('table-changed', { table: append.table, sheet: append.sheet });
  const grown: CellRange = { ...range, bottom: range.bottom + append.rows.length };
  const pkg = workbook.pkg;
  const sheetXml = (await pkg.text(sheetPart))!;
  const placed = withRows(sheetXml, range, append, await wrappingStyles(workbook));
  await pkg.edit(sheetPart, () => withValidationsGrown(withDimension(placed, grown), range, grown));
  await pkg.edit(tablePart, (xml) => withRefsGrown(xml!, range, grown));
}

async function locate(workbook: WorkbookPart, append: TableAppendPlan): Promise<{ sheetPart: string; tablePart: string; tableXml: string }> {
  const entry = (await workbook.sheetsWithParts()).find(({ sheet }) => excelNameKey(sheet.name) === excelNameKey(append.sheet));
  const sheetPart = entry?.relationship?.part;
  if (sheetPart !== undefined) {
    for (const { type, part } of await relationshipsOf(workbook.pkg, sheetPart)) {
      if (type !== RELATIONSHIP.table || part === undefined) continue;
      const tableXml = (await workbook.pkg.text(part)) ?? '';
      const name = attributesOf(/<(?:[\w.-]+:)?table\b[^>]*>/.exec(tableXml)?.[0] ?? '').name;
      if (name !== undefined && excelNameKey(name) === excelNameKey(append.table)) return { sheetPart, tablePart: part, tableXml };
    }
  }
  throw new WorkbookUnusableError('table-changed', { table: append.table, sheet: append.sheet });
}

/** The sheet's XML with the new rows after the table's last, where no row of the sheet holds a cell. */
function withRows(xml: string, table: CellRange, append: TableAppendPlan, wrapping: ReadonlySet<number>): string {
  const rows = elements(xml, 'row');
  const first = table.bottom + 1;
  const last = table.bottom + append.rows.length;
  const inTheWay = rows.find((row) => {
    const r = Number(attributesOf(row.startTag).r);
    return r >= first && r <= last && row.inner !== undefined && /<(?:[\w.-]+:)?c[\s/>]/.test(row.inner);
  });
  if (inTheWay)
    throw new WorkbookUnusableError('cells-below-table', { table: append.table, sheet: append.sheet, row: Number(attributesOf(inTheWay.startTag).r) });
  const styles = columnStyles(rows, table);
  const layout: RowLayout = { left: table.left, styles, wrapping, widths: columnWidths(xml) };
  const added = append.rows.map((values, i) => rowXml(first + i, values, layout)).join('');
  // Empty rows there (a height, no cell) give way; the new ones go before the first row below them.
  const kept = rows.filter((row) => {
    const r = Number(attributesOf(row.startTag).r);
    return r < first || r > last;
  });
  const after = kept.find((row) => Number(attributesOf(row.startTag).r) > last);
  const data = firstElement(xml, 'sheetData')!;
  const prefix = data.prefix;
  const inner = kept.map((row) => xml.slice(row.start, row.end));
  const at = after === undefined ? inner.length : kept.indexOf(after);
  const body = [...inner.slice(0, at), added, ...inner.slice(at)].join('');
  return replaceSpan(xml, data.start, data.end, `${data.startTag.replace(/\s*\/>$/, '>')}${body}</${prefix}sheetData>`);
}

/**
 * Each column's style, as its last styled cell in the table's rows has it (a blank cell has none): what a
 * row added to the table takes, a date column's date format, a reason column's wrapping.
 */
function columnStyles(rows: readonly XmlElement[], table: CellRange): Map<number, number> {
  const styles = new Map<number, number>();
  const body = rows.filter((row) => {
    const r = Number(attributesOf(row.startTag).r);
    return r > table.top && r <= table.bottom;
  });
  for (const row of body.reverse()) {
    for (const cell of elements(row.inner ?? '', 'c')) {
      const { r, s } = attributesOf(cell.startTag);
      const column = parseA1Range(r ?? '')?.left;
      if (column !== undefined && column >= table.left && column <= table.right && s !== undefined && !styles.has(column)) styles.set(column, Number(s));
    }
    if (styles.size === table.right - table.left + 1) break;
  }
  return styles;
}

interface RowLayout {
  readonly left: number;
  /** By column: the style of the cell above. */
  readonly styles: ReadonlyMap<number, number>;
  /** The styles whose text wraps. */
  readonly wrapping: ReadonlySet<number>;
  readonly widths: Readonly<Record<number, number>>;
}

/** A new row, each cell in the style of the one above; as tall as its wrapped text, which LibreOffice does not measure. */
function rowXml(row: number, values: readonly PlanValue[], { left, styles, wrapping, widths }: RowLayout): string {
  const cells = values.map((value, i) => {
    const style = styles.get(left + i) ?? 0;
    return { row, column: left + i, value, look: { wrap: wrapping.has(style) }, style };
  });
  const height = rowHeight(cells, widths);
  const xml = cells.map((cell) => (cell.value === null && cell.style === 0 ? '' : cellXml(cell, cell.style))).join('');
  return `<row r="${row}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>${xml}</row>`;
}

/** The widths the sheet gives its columns, in characters. */
function columnWidths(xml: string): Record<number, number> {
  const widths: Record<number, number> = {};
  for (const col of elements(firstElement(xml, 'cols')?.inner ?? '', 'col')) {
    const { min, max, width } = attributesOf(col.startTag);
    for (let column = Number(min); column <= Number(max) && column < Number(min) + 200; column++) widths[column] = Number(width);
  }
  return widths;
}

/** The sheet's used range grown to the table's new last row. */
function withDimension(xml: string, grown: CellRange): string {
  const dimension = firstElement(xml, 'dimension');
  if (dimension === undefined) return xml;
  const ref = parseA1Range(attributesOf(dimension.startTag).ref ?? '');
  if (ref === undefined || ref.bottom >= grown.bottom) return xml;
  return replaceSpan(
    xml,
    dimension.start,
    dimension.start + dimension.startTag.length,
    withAttribute(dimension.startTag, 'ref', rangeA1({ ...ref, bottom: grown.bottom })),
  );
}

/** A data validation's ranges that ran to the table's last row, within its columns, run to its new one. */
function withValidationsGrown(xml: string, table: CellRange, grown: CellRange): string {
  let result = xml;
  for (const validation of elements(xml, 'dataValidation').reverse()) {
    const sqref = attributesOf(validation.startTag).sqref;
    if (sqref === undefined) continue;
    const ranges = sqref.split(/\s+/).map((ref) => {
      const r = parseA1Range(ref);
      const inTable = r !== undefined && r.bottom === table.bottom && r.left >= table.left && r.right <= table.right && r.top > table.top;
      return inTable ? rangeA1({ ...r, bottom: grown.bottom }) : ref;
    });
    const startTag = withAttribute(validation.startTag, 'sqref', ranges.join(' '));
    result = replaceSpan(result, validation.start, validation.start + validation.startTag.length, startTag);
  }
  return result;
}

/** The table's and its filter's ranges over the new rows. */
function withRefsGrown(xml: string, table: CellRange, grown: CellRange): string {
  const oldRef = rangeA1(table);
  return xml.replace(/(<(?:[\w.-]+:)?(?:table|autoFilter)\b[^>]*\sref=")([^"]*)(")/g, (match, before: string, ref: string, after: string) =>
    ref === oldRef ? `${before}${rangeA1(grown)}${after}` : match,
  );
}
