import ExcelJS from 'exceljs';
import { parseA1Range } from '../../../src/core/workbook/address';
import { OWNED_SHEET_NAME } from '../../../src/hosts/ownership';
import { withPart, xlsxBytes } from '../file/xlsx-fixtures';
import { SheetModel, WorkbookModel } from './strict-excel';
import type { StoredValue } from './strict-excel/model';

/**
 * One workbook's content, given once and built two ways: as the strict double's model (what Excel
 * would report through Office.js) and as an .xlsx (what the file host reads).
 */
export type Plain =
  | string
  | number
  | boolean
  | null
  | { readonly error: string }
  | { readonly formula: string; readonly result: string | number | boolean }
  | { readonly richText: readonly string[] };

export interface SheetSpec {
  readonly name: string;
  /** Where `rows` start (their top-left cell); A1 unless said. */
  readonly at?: string;
  readonly rows: readonly (readonly Plain[])[];
  /** Number formats by cell address. */
  readonly formats?: Readonly<Record<string, string>>;
  /** Merged areas; their value sits in their top-left cell. */
  readonly merges?: readonly string[];
  /** A table over all of `rows`, its first row the header. */
  readonly table?: string;
  readonly owned?: boolean;
  readonly hidden?: boolean;
}

/** One submission, France's answer to F1, on a sheet named Responses: the least a workbook to read holds. */
export const ONE_SUBMISSION: SheetSpec = {
  name: 'Responses',
  rows: [
    ['Member', 'F1'],
    ['France', 'Yes'],
  ],
};

export interface BookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly date1904?: boolean;
}

export function modelOf(spec: BookSpec): WorkbookModel {
  const model = new WorkbookModel(...spec.sheets.map(sheetModelOf));
  model.date1904 = spec.date1904 ?? false;
  return model;
}

export async function xlsxOf(spec: BookSpec): Promise<Uint8Array> {
  const bytes = await xlsxBytes((workbook) => {
    workbook.properties.date1904 = spec.date1904 ?? false;
    spec.sheets.forEach((sheet) => addWorksheet(workbook, sheet));
  });
  const owned = spec.sheets.flatMap((sheet, position) => (sheet.owned ? [ownedName(sheet.name, position)] : []));
  if (owned.length === 0) return bytes;
  return withPart(bytes, 'xl/workbook.xml', (xml) => xml.replace('</sheets>', `</sheets><definedNames>${owned.join('')}</definedNames>`));
}

/** Each cell of the spec with its 0-based place on the sheet. */
function cellsOf(spec: SheetSpec): { row: number; column: number; value: Plain }[] {
  const origin = parseA1Range(spec.at ?? 'A1')!;
  return spec.rows.flatMap((cells, r) => cells.map((value, c) => ({ row: origin.top - 1 + r, column: origin.left - 1 + c, value })));
}

function sheetModelOf(spec: SheetSpec): SheetModel {
  const sheet = new SheetModel(spec.name);
  sheet.visibility = spec.hidden ? 'Hidden' : 'Visible';
  for (const { row, column, value } of cellsOf(spec)) {
    const stored = storedOf(value);
    if (stored !== undefined) (sheet.values[row] ??= [])[column] = stored;
  }
  for (const [address, format] of Object.entries(spec.formats ?? {})) {
    const ref = sheet.range(address);
    sheet.setFormat(ref.row, ref.column, format);
  }
  if (spec.table) sheet.tables.push({ name: spec.table, ref: tableRef(sheet, spec), showHeaders: true, showTotals: false });
  if (spec.owned) sheet.names.push({ name: OWNED_SHEET_NAME, ref: sheet.range('A1'), visible: false });
  return sheet;
}

/** What Excel holds for a cell: a formula's last result, a rich text's plain text. */
function storedOf(value: Plain): StoredValue | undefined {
  if (value === null || value === '') return undefined;
  if (typeof value !== 'object') return value;
  if ('formula' in value) return value.result;
  if ('richText' in value) return value.richText.join('');
  return value;
}

function tableRef(sheet: SheetModel, spec: SheetSpec) {
  const origin = sheet.range(spec.at ?? 'A1');
  return { ...origin, rows: spec.rows.length, columns: Math.max(...spec.rows.map((r) => r.length)) };
}

function addWorksheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, { state: spec.hidden ? 'hidden' : 'visible' });
  for (const { row, column, value } of cellsOf(spec)) sheet.getCell(row + 1, column + 1).value = excelJsValue(value);
  for (const [address, format] of Object.entries(spec.formats ?? {})) sheet.getCell(address).numFmt = format;
  spec.merges?.forEach((area) => sheet.mergeCells(area));
  if (spec.table) {
    const [header, ...rows] = spec.rows;
    sheet.addTable({
      name: spec.table,
      ref: spec.at ?? 'A1',
      headerRow: true,
      columns: header.map((name) => ({ name: String(name) })),
      rows: rows.map((row) => row.map(excelJsValue)),
    });
  }
}

function excelJsValue(value: Plain): ExcelJS.CellValue {
  if (value === null || typeof value !== 'object') return value;
  if ('formula' in value) return { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
  if ('richText' in value) return { richText: value.richText.map((text) => ({ text })) };
  return { error: value.error } as ExcelJS.CellErrorValue;
}

function ownedName(sheet: string, position: number): string {
  return `<definedName name="${OWNED_SHEET_NAME}" localSheetId="${position}" hidden="1">'${sheet}'!$A$1</definedName>`;
}

/** A Responses-like sheet of `rows` × `columns`, built straight into the model (fast for large sizes). */
export function largeSheet(name: string, rows: number, columns: number, cell: (row: number, column: number) => StoredValue | undefined): SheetModel {
  const sheet = new SheetModel(name);
  for (let r = 0; r < rows; r++) {
    const cells: (StoredValue | undefined)[] = (sheet.values[r] = []);
    for (let c = 0; c < columns; c++) cells[c] = cell(r, c);
  }
  return sheet;
}
