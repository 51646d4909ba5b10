import { type CellRange, rangeA1, type TablePlan } from '../../../core';
import { escapeAttribute, XML_DECLARATION } from '../package/xml';
import { excelText } from './excel-text';
import { NAMESPACE } from './namespaces';

/** The cells a table covers: its header row and its rows, or one empty row when it has none (Excel needs one). */
function tableRange({ top, left, columns, rows }: TablePlan): CellRange {
  return { top, left, bottom: top + Math.max(rows.length, 1), right: left + columns.length - 1 };
}

/** A table part. Its column names are the header cells' texts exactly, or Excel repairs the file. */
export function tableXml(table: TablePlan, id: number): string {
  const ref = rangeA1(tableRange(table));
  const name = escapeAttribute(table.name);
  const columns = table.columns.map((column, i) => `<tableColumn id="${i + 1}" name="${escapeAttribute(excelText(column))}"/>`);
  return (
    `${XML_DECLARATION}<table xmlns="${NAMESPACE.spreadsheet}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${columns.length}">${columns.join('')}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    '</table>'
  );
}
