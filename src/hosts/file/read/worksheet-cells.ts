import { a1, type Cell, type CellRange, columnNumber, parseA1Range, serialOfMs, textCell } from '../../../core';
import type { PackageParts } from '../package/package-parts';
import { ExcelString, unescapeExcelText } from './excel-string';
import { attributeNamed, parsePart } from './xml-stream';

/** What the cells of a worksheet need from the rest of the package. */
export interface CellContext {
  /** The shared strings as cells, each one object however many cells show it: nothing changes a cell. */
  readonly sharedStrings: readonly Cell[];
  /** By cell format (`s`): whether it shows a date. */
  readonly dateStyles: readonly boolean[];
  /** Serials count days from 1904-01-01 (LibreOffice and old Mac workbooks), not 1899-12-30. */
  readonly date1904: boolean;
}

export interface WorksheetContent {
  /** `rows[r][c]` is the cell at row r + 1, column c + 1; a row with no value is `[]`. */
  readonly rows: (readonly Cell[])[];
  /** The relationship ids of the sheet's tables (`<tablePart r:id>`). */
  readonly tableParts: readonly string[];
  /** The cells (A1) holding a formula without a calculated value. */
  readonly uncalculated: readonly string[];
  readonly merged: readonly CellRange[];
  readonly hiddenColumns: readonly number[];
  readonly hiddenRows: readonly number[];
}

/** Beyond this many different numbers in a sheet, they are measurements, not answers that repeat. */
const REMEMBERED_NUMBERS = 4096;
/** Days between Excel's two epochs: a 1904 serial plus this is the 1900 serial of the same day. */
const EPOCH_1904 = 1462;
/** XFD: a `<col>` may say it reaches further, it never does. */
const MAX_COLUMN = 16_384;
/** Every row with no cell shares this one: a stray cell in row 1,048,576 must not cost a million arrays. */
const NO_CELLS: readonly Cell[] = Object.freeze([]);

/**
 * A worksheet's cells, streamed: only the cells stored cost anything, whatever the used range.
 * A merged area keeps its value in its top-left cell only, as Excel shows it.
 */
export async function readWorksheet(pkg: PackageParts, part: string, context: CellContext): Promise<WorksheetContent> {
  const reader = new WorksheetReader(context);
  await parsePart(pkg, part, reader);
  return reader.content();
}

class WorksheetReader {
  private readonly rows: Cell[][] = [];
  private readonly merges: CellRange[] = [];
  private readonly tableParts: string[] = [];
  private readonly uncalculated: string[] = [];
  private readonly hiddenColumns: number[] = [];
  private readonly hiddenRows: number[] = [];
  /** Numbers repeat too (scores, years, the same day received): the first ones met are one object each. */
  private readonly numbers = new Map<number, Cell>();
  private readonly dates = new Map<number, Cell>();
  private row = 0;
  private cells: Cell[] = [];
  private column = 0;
  private cell?:
    { type: string; style: number; value: string; formula: boolean; inValue: boolean; inline?: ExcelString | undefined; inlineText?: string } | undefined;

  constructor(private readonly context: CellContext) {}

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    const cell = this.cell;
    if (cell?.inline) return cell.inline.open(name);
    switch (name) {
      case 'row':
        this.row = attributes.r === undefined ? this.row + 1 : Number(attributes.r);
        if (attributes.hidden === '1' || attributes.hidden === 'true') this.hiddenRows.push(this.row);
        this.cells = [];
        this.column = 0;
        return;
      case 'c':
        this.column = attributes.r === undefined ? this.column + 1 : columnNumber(attributes.r.replace(/\d+$/, ''));
        this.cell = { type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), value: '', formula: false, inValue: false };
        return;
      case 'v':
        if (cell) cell.inValue = true;
        return;
      case 'f':
        if (cell) cell.formula = true;
        return;
      case 'is':
        if (cell) (cell.inline = new ExcelString()).start();
        return;
      case 'col':
        if (attributes.hidden === '1' || attributes.hidden === 'true') this.hide(Number(attributes.min), Number(attributes.max ?? attributes.min));
        return;
      case 'mergeCell': {
        const range = attributes.ref === undefined ? undefined : parseA1Range(attributes.ref);
        if (range) this.merges.push(range);
        return;
      }
      case 'tablePart': {
        const id = attributeNamed(attributes, 'id');
        if (id !== undefined) this.tableParts.push(id);
        return;
      }
    }
  }

  close(name: string): void {
    const cell = this.cell;
    if (cell?.inline) {
      if (name !== 'is') return cell.inline.close(name);
      cell.inlineText = cell.inline.value();
      cell.inline = undefined;
    } else if (name === 'v' && cell) cell.inValue = false;
    else if (name === 'c' && cell) {
      const value = cell.inlineText !== undefined ? textCell(cell.inlineText) : this.valueOf(cell);
      if (value !== undefined && this.row > 0 && this.column > 0) this.cells[this.column - 1] = value;
      else if (cell.formula && cell.value === '' && cell.inlineText === undefined) this.uncalculated.push(a1(this.row, this.column));
      this.cell = undefined;
    } else if (name === 'row' && this.cells.length > 0) {
      this.rows[this.row - 1] = this.cells;
    }
  }

  text(text: string): void {
    const cell = this.cell;
    if (cell?.inline) cell.inline.text(text);
    else if (cell?.inValue) cell.value += text;
  }

  content(): WorksheetContent {
    for (const range of this.merges) this.keepTopLeft(range);
    const rows = Array.from(this.rows, (cells) => (cells === undefined ? NO_CELLS : withoutTrailingBlanks(Array.from(cells))));
    return {
      rows: withoutTrailingBlanks(rows, (cells) => cells.length === 0),
      tableParts: this.tableParts,
      uncalculated: this.uncalculated,
      merged: this.merges,
      hiddenColumns: this.hiddenColumns,
      hiddenRows: this.hiddenRows,
    };
  }

  private hide(first: number, last: number): void {
    if (!Number.isInteger(first) || !Number.isInteger(last)) return;
    for (let column = Math.max(1, first); column <= Math.min(last, MAX_COLUMN); column++) this.hiddenColumns.push(column);
  }

  /** The cell's value by its type (`t`): a formula's is its last calculated result, absent if never calculated. */
  private valueOf({ type, style, value }: { type: string; style: number; value: string }): Cell {
    switch (type) {
      case 's':
        return this.context.sharedStrings[Number(value)];
      case 'str':
        return textCell(unescapeExcelText(value));
      case 'b':
        return value === '' ? undefined : { kind: 'boolean', value: value === '1' || value.toLowerCase() === 'true' };
      case 'e':
        return value === '' ? undefined : { kind: 'error', error: value };
      case 'd':
        return isoDateCell(value);
      default:
        return this.numberCell(value, style);
    }
  }

  private numberCell(value: string, style: number): Cell {
    if (value.trim() === '') return undefined;
    const number = Number(value);
    if (!Number.isFinite(number)) return undefined;
    const date = this.context.dateStyles[style] === true;
    const seen = date ? this.dates : this.numbers;
    const known = seen.get(number);
    if (known !== undefined) return known;
    const cell: Cell = date ? { kind: 'date', serial: this.context.date1904 ? number + EPOCH_1904 : number } : { kind: 'number', value: number };
    if (seen.size < REMEMBERED_NUMBERS) seen.set(number, cell);
    return cell;
  }

  private keepTopLeft({ top, left, bottom, right }: CellRange): void {
    for (let row = top; row <= bottom; row++) {
      const cells = this.rows[row - 1];
      if (cells === undefined) continue;
      for (let column = row === top ? left + 1 : left; column <= right && column <= cells.length; column++) delete cells[column - 1];
    }
  }
}

/** Drops what a merged area emptied at the end of a row, or of the sheet. */
function withoutTrailingBlanks<T>(items: T[], blank: (item: T) => boolean = (item) => item === undefined): T[] {
  let length = items.length;
  while (length > 0 && blank(items[length - 1])) length -= 1;
  items.length = length;
  return items;
}

/** `t="d"`: an ISO 8601 date and time, as the Strict format and some exporters write one. */
function isoDateCell(value: string): Cell {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) || !value.includes('T') ? value : `${value}Z`);
  return Number.isNaN(ms) ? undefined : { kind: 'date', serial: serialOfMs(ms) };
}
