import { a1, type CellRef } from '../workbook/address';
import { displayCell } from '../workbook/display';
import { cellAt, type SheetSnapshot } from '../workbook/snapshot';
import { formLanguage, type FormLanguage, type Translation } from './languages';

/** A column of an XLSForm sheet: `list name` and `List_Name` are both `list_name`; `label::French (fr)` is `label` in French. */
export interface FormColumn {
  readonly column: number;
  readonly key: string;
  readonly language?: FormLanguage;
}

/** An XLSForm sheet: its header row (the first that holds anything), its columns and the rows below that hold something. */
export interface FormTable {
  readonly sheet: SheetSnapshot;
  readonly header: number;
  readonly columns: readonly FormColumn[];
  readonly rows: readonly number[];
}

export function formTable(sheet: SheetSnapshot): FormTable {
  const header = sheet.rows.findIndex((row) => row?.some((cell) => cell !== undefined)) + 1;
  const width = sheet.rows.reduce((widest, row) => Math.max(widest, row?.length ?? 0), 0);
  const columns: FormColumn[] = [];
  for (let column = 1; header > 0 && column <= width; column++) {
    const text = displayCell(cellAt(sheet, header, column));
    if (text) columns.push(formColumn(text, column));
  }
  const rows: number[] = [];
  for (let row = header + 1; header > 0 && row <= sheet.rows.length; row++) {
    if (columns.some((c) => cellAt(sheet, row, c.column) !== undefined)) rows.push(row);
  }
  return { sheet, header, columns, rows };
}

function formColumn(text: string, column: number): FormColumn {
  const [base, ...language] = text.split('::');
  const key = base.trim().toLowerCase().replace(/\s+/g, '_');
  return language.length ? { column, key, language: formLanguage(language.join('::')) } : { column, key };
}

/** The column of that key in no particular language. */
export function columnOf(table: FormTable, key: string): FormColumn | undefined {
  return table.columns.find((c) => c.key === key && !c.language);
}

/** A cell's text, trimmed; '' where the column is missing or the cell blank. */
export function textAt(table: FormTable, row: number, column: FormColumn | undefined): string {
  return column ? displayCell(cellAt(table.sheet, row, column.column)) : '';
}

/** The text of a column of that key, in any language. */
export function textOf(table: FormTable, row: number, key: string): string {
  return textAt(table, row, columnOf(table, key));
}

/** Where a row's value of that key is, or its first cell when the sheet has no such column. */
export function refAt(table: FormTable, row: number, key?: string): CellRef {
  const column = key ? table.columns.find((c) => c.key === key) : undefined;
  return { sheet: table.sheet.name, cell: a1(row, column?.column ?? 1) };
}

/** The header row's first cell (A1 on an empty sheet). */
export function headerRef(table: FormTable): CellRef {
  return refAt(table, Math.max(table.header, 1));
}

/** A row's texts of a translatable column (`label`, `hint`…), each with its language. */
export function translations(table: FormTable, row: number, key: string): Translation[] {
  return table.columns.filter((c) => c.key === key).map((c) => ({ ...(c.language ? { language: c.language } : {}), text: textAt(table, row, c) }));
}
