import { a1 } from '../../../core';
import { escapeText } from '../package/xml';
import { excelText } from './excel-text';
import type { PlannedCell } from './sheet-cells';

/**
 * One cell: text as an inline string (never a formula, whatever it starts with), a number,
 * a boolean, or nothing but its style. Style 0 is the workbook's default and is left out.
 */
export function cellXml({ row, column, value }: PlannedCell, styleId: number): string {
  const attributes = `r="${a1(row, column)}"${styleId === 0 ? '' : ` s="${styleId}"`}`;
  if (value === null) return `<c ${attributes}/>`;
  switch (typeof value) {
    case 'string':
      return `<c ${attributes} t="inlineStr"><is><t xml:space="preserve">${escapeText(excelText(value))}</t></is></c>`;
    case 'number':
      return `<c ${attributes}><v>${Object.is(value, -0) ? 0 : value}</v></c>`;
    case 'boolean':
      return `<c ${attributes} t="b"><v>${value ? 1 : 0}</v></c>`;
  }
}
