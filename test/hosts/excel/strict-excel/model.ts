import { parseA1Range } from '../../../../src/core/workbook/address';
import { serialOfUtc } from '../../../../src/core/workbook/serial';
import { EXCEL_ERRORS } from '../../../../src/core/workbook/snapshot';
import { richApiError } from './errors';

/** The workbook behind the strict double: what Excel holds, changed only when a request runs. */

export interface ErrorValue {
  readonly error: string;
}
export type StoredValue = string | number | boolean | ErrorValue;

/** A rectangle of a sheet, 0-based. It follows its sheet through renames. */
export interface RangeRef {
  readonly sheet: SheetModel;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface Font {
  bold?: boolean;
  size?: number;
  color?: string;
}

/** One side of a cell's border, as `format.borders.getItem(…)` set it. */
export interface BorderModel {
  style?: string;
  weight?: string;
  color?: string;
}

export type BorderSide = 'top' | 'bottom' | 'left' | 'right';

export interface NameModel {
  name: string;
  ref: RangeRef;
  visible: boolean;
}

export interface TableModel {
  name: string;
  ref: RangeRef;
  showHeaders: boolean;
  showTotals: boolean;
  style?: string;
}

export interface SeriesModel {
  name?: string;
  values?: RangeRef;
  categories?: RangeRef;
  /** The solid fill set by `format.fill.setSolidColor`, as given ("#1F4E79"). */
  fill?: string;
  /** The line set through `format.line`: its colour as given, its weight in points. */
  line?: { color?: string; weight?: number };
  /** The markers of a chart type that has them (`markerStyle`, `markerSize`, `markerBackgroundColor`, `markerForegroundColor`). */
  marker?: { style?: string; size?: number; background?: string; foreground?: string };
}

export interface AxisModel {
  minimum?: number;
  maximum?: number;
  majorUnit?: number;
  numberFormat?: string;
  reversePlotOrder?: boolean;
  position?: string;
  majorGridlines?: { visible?: boolean };
}

/** A chart's type, all of it or some characters of it (`getSubstring`), 0-based. */
export interface ChartFontModel {
  size?: number;
  bold?: boolean;
}

/** A rectangle's data validation, as Office.js sets it; a prompt may come before the rule. */
export interface ValidationModel {
  /** Grown when a table it ran to the last row of gains rows. */
  ref: RangeRef;
  rule?: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface ChartModel {
  type: string;
  title?: string;
  series: SeriesModel[];
  valueAxis: AxisModel;
  categoryAxis: AxisModel;
  legend: { visible: boolean; position?: string };
  titleFont?: ChartFontModel;
  titleRuns?: { readonly start: number; readonly length: number; readonly font: ChartFontModel }[];
  /** The labels of every series' points (`Chart.dataLabels`). */
  dataLabels?: { showValue?: boolean; position?: string; numberFormat?: string };
  position?: { start: string; end?: string };
}

/** How a sheet prints (ExcelApi 1.9), as Office.js sets it: only what was set. */
export interface PageLayoutModel {
  paperSize?: string;
  orientation?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  /** The rows printed atop every page, 0-based, inclusive. */
  printTitleRows?: { readonly top: number; readonly bottom: number };
  printTitleColumns?: { readonly left: number; readonly right: number };
  /** The default header and footer (for all pages), by position. */
  readonly headersFooters: { centerHeader?: string; leftFooter?: string; centerFooter?: string; rightFooter?: string };
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** The font size of a cell nobody formatted: the Normal style's. */
export const NORMAL_FONT_SIZE = 11;
const TEXT_FORMAT = '@';

let nextSheetId = 1;

/** A cell's key in a sheet's maps and sets of cells. */
export const cellKey = (row: number, column: number): string => `${row},${column}`;

export class SheetModel {
  readonly id = `{sheet-${nextSheetId++}}`;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  readonly values: (StoredValue | undefined)[][] = [];
  readonly formats: (string | undefined)[][] = [];
  readonly fonts = new Map<string, Font>();
  readonly columnWidths = new Map<number, number>();
  /** `format.horizontalAlignment` by cell key, where it was set. */
  readonly alignments = new Map<string, string>();
  /** Cells whose text wraps, by cellKey, and their vertical alignment. */
  readonly wrapped = new Set<string>();
  /** `format.indentLevel` by cell key, where it was set. */
  readonly indents = new Map<string, number>();
  readonly verticalAlignments = new Map<string, string>();
  /** Rows whose height Excel was asked to fit to their text, 0-based. */
  readonly autofittedRows = new Set<number>();
  /** `format.fill.color` by cell key, where it was set. */
  readonly fills = new Map<string, string>();
  /** Each cell's border by side, by cell key, where one was set: a range's inside edges are its cells' sides too. */
  readonly borders = new Map<string, Partial<Record<BorderSide, BorderModel>>>();
  readonly names: NameModel[] = [];
  readonly tables: TableModel[] = [];
  readonly charts: ChartModel[] = [];
  freeze?: { rows: number; columns: number };
  readonly hiddenColumns = new Set<number>();
  readonly validations: ValidationModel[] = [];
  readonly pageLayout: PageLayoutModel = { headersFooters: {} };
  /** The manual horizontal page breaks: each the 0-based row it comes above, in the order added. */
  readonly horizontalPageBreaks: number[] = [];
  /** The manual vertical page breaks: each the 0-based column it comes left of, in the order added. */
  readonly verticalPageBreaks: number[] = [];
  /** Sheet protection: Excel refuses any change to its cells but typing into those unlocked. */
  protected = false;
  protectionPassword?: string | undefined;
  /** The cells (by cellKey) left editable on the protected sheet. */
  readonly unlocked = new Set<string>();

  constructor(public name: string) {}

  valueAt(row: number, column: number): StoredValue | undefined {
    return this.values[row]?.[column];
  }

  formatAt(row: number, column: number): string {
    return this.formats[row]?.[column] ?? 'General';
  }

  /** Stores a value as Excel stores one written through `Range.values`: typed text is read as typed. */
  write(row: number, column: number, value: unknown): void {
    if (!this.unlocked.has(cellKey(row, column))) this.assertUnprotected();
    const stored = this.formatAt(row, column) === TEXT_FORMAT && typeof value === 'string' ? value : asTyped(value);
    (this.values[row] ??= [])[column] = stored === '' ? undefined : stored;
  }

  setFormat(row: number, column: number, format: string): void {
    this.assertUnprotected();
    (this.formats[row] ??= [])[column] = format;
  }

  /** The smallest rectangle holding every value (A1 when there is none), as `getUsedRange(true)`. */
  usedRange(): RangeRef {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.values.forEach((cells, row) =>
      cells?.forEach((value, column) => {
        if (value === undefined) return;
        [top, left, bottom, right] = [Math.min(top, row), Math.min(left, column), Math.max(bottom, row), Math.max(right, column)];
      }),
    );
    if (bottom < 0) return { sheet: this, row: 0, column: 0, rows: 1, columns: 1 };
    return { sheet: this, row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** A range of this sheet by its A1 address ("B2", "A1:C3"). */
  range(address: string): RangeRef {
    const parsed = parseA1Range(address);
    if (parsed === undefined) throw richApiError('InvalidArgument', `The strict double reads plain A1 addresses on the same sheet, not "${address}".`);
    const { top, left, bottom, right } = parsed;
    return { sheet: this, row: top - 1, column: left - 1, rows: bottom - top + 1, columns: right - left + 1 };
  }

  assertUnprotected(): void {
    if (this.protected) throw richApiError('AccessDenied', `The sheet ${this.name} is protected.`);
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  /** The workbook counts dates from 1904 (Excel for Mac's old default). */
  date1904 = false;
  /** Workbook structure protection: no sheet may be added, deleted or renamed. */
  structureProtected = false;
  /** The user is typing in a cell: Excel refuses every request. */
  cellEditMode = false;
  active?: SheetModel;
  selection?: RangeRef;

  constructor(...sheets: SheetModel[]) {
    this.sheets.push(...sheets);
    this.active = sheets[0];
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name);
  }

  tables(): TableModel[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  dateSerial(year: number, month: number, day: number): number {
    return serialOfUtc(year, month, day) - (this.date1904 ? 1462 : 0);
  }
}

/** What Excel makes of a value written as if typed into a General cell. */
function asTyped(value: unknown): StoredValue | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value !== 'string') throw richApiError('InvalidArgument', `Cannot write ${String(value)}.`);
  if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  if ((EXCEL_ERRORS as readonly string[]).includes(value.toUpperCase())) return { error: value.toUpperCase() };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return serialOfUtc(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // A formula: the double does not calculate, it keeps the error Excel shows for an unknown name.
  if (/^[=+\-@]/.test(value)) return { error: '#NAME?' };
  return value;
}
