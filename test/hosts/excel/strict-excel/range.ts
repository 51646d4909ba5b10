import { a1 } from '../../../../src/core/workbook/address';
import type { StrictContext } from './context';
import { richApiError } from './errors';
import {
  cellKey,
  MAX_COLUMNS,
  MAX_ROWS,
  NORMAL_FONT_SIZE,
  type BorderModel,
  type BorderSide,
  type Font,
  type RangeRef,
  type SheetModel,
  type StoredValue,
} from './model';
import { asExcel, StrictObject, unwrapped, type Source } from './strict-object';
import { StrictDataValidation } from './validation';

/** The default column width, in points (8.43 characters). */
const DEFAULT_COLUMN_POINTS = 48;

export function addressOf({ sheet, row, column, rows, columns }: RangeRef): string {
  const quoted = /^[A-Za-z_][\w.]*$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
  const start = a1(row + 1, column + 1);
  const end = a1(row + rows, column + columns);
  return `${quoted}!${start === end ? start : `${start}:${end}`}`;
}

export function cellsOf<V>(ref: RangeRef, cell: (row: number, column: number) => V): V[][] {
  return Array.from({ length: ref.rows }, (_, r) => Array.from({ length: ref.columns }, (_, c) => cell(ref.row + r, ref.column + c)));
}

function intersection(a: RangeRef, b: RangeRef): RangeRef | null {
  if (a.sheet !== b.sheet) throw richApiError('InvalidArgument', 'The ranges are on different sheets.');
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  const right = Math.min(a.column + a.columns, b.column + b.columns);
  return bottom > row && right > column ? { sheet: a.sheet, row, column, rows: bottom - row, columns: right - column } : null;
}

function reported(value: StoredValue | undefined): unknown {
  if (value === undefined) return '';
  return typeof value === 'object' ? value.error : value;
}

function valueType(value: StoredValue | undefined): string {
  if (value === undefined) return 'Empty';
  if (typeof value === 'object') return 'Error';
  return typeof value === 'string' ? 'String' : typeof value === 'number' ? 'Double' : 'Boolean';
}

type RangeMembers =
  | 'values'
  | 'valueTypes'
  | 'numberFormat'
  | 'rowIndex'
  | 'columnIndex'
  | 'rowCount'
  | 'columnCount'
  | 'format'
  | 'dataValidation'
  | 'columnHidden'
  | 'isNullObject'
  | 'getIntersectionOrNullObject'
  | 'getResizedRange'
  | 'getRowsBelow'
  | 'getUsedRangeOrNullObject'
  | 'select'
  | 'load';

export class StrictRange extends StrictObject<RangeRef> implements Pick<Excel.Range, RangeMembers> {
  constructor(context: StrictContext, source: Source<RangeRef>) {
    super(context, 'Range', source);
  }

  /** The rectangle, inside a running command (for commands that take a range). */
  refNow(): RangeRef {
    return this.target();
  }

  get values(): unknown[][] {
    return this.property('values');
  }
  set values(values: unknown[][]) {
    this.assign('values', values, (ref) => this.eachGiven(ref, values, (row, column, value) => ref.sheet.write(row, column, value)));
  }

  get valueTypes(): Excel.RangeValueType[][] {
    return this.property('valueTypes');
  }

  get numberFormat(): unknown[][] {
    return this.property('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this.assign('numberFormat', formats, (ref) => this.eachGiven(ref, formats, (row, column, format) => ref.sheet.setFormat(row, column, String(format))));
  }

  get rowIndex(): number {
    return this.property('rowIndex');
  }
  get columnIndex(): number {
    return this.property('columnIndex');
  }
  get rowCount(): number {
    return this.property('rowCount');
  }
  get columnCount(): number {
    return this.property('columnCount');
  }
  get format(): Excel.RangeFormat {
    return asExcel(new StrictRangeFormat(this.context, { find: () => this.target(), queued: false }));
  }

  get dataValidation(): Excel.DataValidation {
    return asExcel(new StrictDataValidation(this.context, { find: () => this.target(), queued: false }));
  }

  get columnHidden(): boolean {
    return this.property('columnHidden');
  }
  /** Hides (or shows) every column of the range, whichever of its rows it is; the widths stay. */
  set columnHidden(hidden: boolean) {
    this.assign('columnHidden', hidden, (ref) => {
      ref.sheet.assertUnprotected();
      for (let c = ref.column; c < ref.column + ref.columns; c++) {
        if (hidden) ref.sheet.hiddenColumns.add(c);
        else ref.sheet.hiddenColumns.delete(c);
      }
    });
  }

  getIntersectionOrNullObject(other: Excel.Range | string): Excel.Range {
    const find = () => intersection(this.target(), refOf(other, this.target().sheet));
    return asExcel(new StrictRange(this.context, { find, queued: true }));
  }

  /** The range with its bottom-right corner moved by so many rows and columns. */
  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    const find = () => {
      const ref = this.target();
      const resized = { ...ref, rows: ref.rows + deltaRows, columns: ref.columns + deltaColumns };
      if (resized.rows < 1 || resized.columns < 1 || resized.row + resized.rows > MAX_ROWS || resized.column + resized.columns > MAX_COLUMNS) {
        throw richApiError('InvalidArgument', `Cannot resize ${addressOf(ref)} by ${deltaRows} × ${deltaColumns}.`);
      }
      return resized;
    };
    return asExcel(new StrictRange(this.context, { find, queued: true }));
  }

  /** The `count` rows under the range, as wide as it. */
  getRowsBelow(count = 1): Excel.Range {
    const find = () => {
      const ref = this.target();
      const row = ref.row + ref.rows;
      if (count < 1 || row + count > MAX_ROWS) throw richApiError('InvalidArgument', `No ${count} rows under ${addressOf(ref)}.`);
      return { ...ref, row, rows: count };
    };
    return asExcel(new StrictRange(this.context, { find, queued: true }));
  }

  /** The smallest rectangle of the range holding every value, or a null object when it holds none (the double keeps no formatting to count otherwise). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    if (valuesOnly !== true) throw new Error('The strict double finds the cells with values only (valuesOnly true)');
    const find = () => {
      const ref = this.target();
      let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
      for (let r = ref.row; r < ref.row + ref.rows && r < ref.sheet.values.length; r++) {
        ref.sheet.values[r]?.forEach((value, c) => {
          if (value === undefined || c < ref.column || c >= ref.column + ref.columns) return;
          [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
        });
      }
      return bottom < 0 ? null : { sheet: ref.sheet, row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
    };
    return asExcel(new StrictRange(this.context, { find, queued: true }));
  }

  select(): void {
    this.command('select', (ref) => {
      if (this.context.model.active !== ref.sheet) throw richApiError('InvalidSelection', 'Only a cell of the active sheet can be selected.');
      this.context.model.selection = ref;
    });
  }

  load(names?: unknown): Excel.Range {
    this.queueLoad(names);
    return asExcel(this);
  }

  propertyOf(ref: RangeRef, property: string): unknown {
    switch (property) {
      case 'values':
        return cellsOf(ref, (row, column) => reported(ref.sheet.valueAt(row, column)));
      case 'valueTypes':
        return cellsOf(ref, (row, column) => valueType(ref.sheet.valueAt(row, column)));
      case 'numberFormat':
        return cellsOf(ref, (row, column) => ref.sheet.formatAt(row, column));
      case 'rowIndex':
        return ref.row;
      case 'columnIndex':
        return ref.column;
      case 'rowCount':
        return ref.rows;
      case 'columnCount':
        return ref.columns;
      case 'columnHidden':
        return uniform(Array.from({ length: ref.columns }, (_, c) => ref.sheet.hiddenColumns.has(ref.column + c)));
      default:
        return this.unsupported(property);
    }
  }

  /** Each cell of a 2-D array that must match the range; null leaves the cell as it is, as in Office.js. */
  private eachGiven(ref: RangeRef, grid: unknown[][], apply: (row: number, column: number, value: unknown) => void): void {
    if (grid.length !== ref.rows || grid.some((row) => row.length !== ref.columns)) {
      throw richApiError('InvalidArgument', `The array is not ${ref.rows} × ${ref.columns}, the size of ${addressOf(ref)}.`);
    }
    grid.forEach((cells, r) => cells.forEach((value, c) => value !== null && apply(ref.row + r, ref.column + c, value)));
  }
}

/** A range given as a Range proxy or as an address on `sheet`. */
export function refOf(range: Excel.Range | string, sheet: SheetModel): RangeRef {
  return typeof range === 'string' ? sheet.range(range) : rangeRefOf(range);
}

/** The rectangle of a Range proxy, inside a running command. */
export function rangeRefOf(range: Excel.Range): RangeRef {
  const strict = unwrapped(range);
  if (strict instanceof StrictRange) return strict.refNow();
  throw new Error('The strict double takes its own ranges only');
}

/** One value for all, or null where they differ, as Office.js reports a mixed range. */
function uniform<V>(values: readonly V[]): V | null {
  const distinct = new Set(values);
  return distinct.size === 1 ? [...distinct][0] : null;
}

class StrictRangeFormat
  extends StrictObject<RangeRef>
  implements
    Pick<
      Excel.RangeFormat,
      'font' | 'columnWidth' | 'protection' | 'horizontalAlignment' | 'indentLevel' | 'fill' | 'borders' | 'wrapText' | 'verticalAlignment' | 'autofitRows'
    >
{
  constructor(context: StrictContext, source: Source<RangeRef>) {
    super(context, 'RangeFormat', source);
  }

  get fill(): Excel.RangeFill {
    return asExcel(new StrictRangeFill(this.context, { find: () => this.target(), queued: false }));
  }

  get borders(): Excel.RangeBorderCollection {
    return asExcel(new StrictRangeBorders(this.context, { find: () => this.target(), queued: false }));
  }

  get font(): Excel.RangeFont {
    return asExcel(new StrictRangeFont(this.context, { find: () => this.target(), queued: false }));
  }

  get protection(): Excel.FormatProtection {
    return asExcel(new StrictFormatProtection(this.context, { find: () => this.target(), queued: false }));
  }

  get columnWidth(): number {
    return this.property('columnWidth');
  }
  /** A column's width, whichever of its cells the range is. */
  set columnWidth(points: number) {
    this.assign('columnWidth', points, (ref) => {
      for (let c = ref.column; c < ref.column + ref.columns; c++) ref.sheet.columnWidths.set(c, points);
    });
  }

  get horizontalAlignment(): Excel.HorizontalAlignment {
    return this.property('horizontalAlignment');
  }
  /** Every cell of the range; a protected sheet refuses it. */
  set horizontalAlignment(alignment: Excel.HorizontalAlignment) {
    this.assign('horizontalAlignment', alignment, (ref) => {
      ref.sheet.assertUnprotected();
      cellsOf(ref, cellKey)
        .flat()
        .forEach((cell) => ref.sheet.alignments.set(cell, alignment));
    });
  }

  get indentLevel(): number {
    return this.property('indentLevel');
  }
  set indentLevel(level: number) {
    this.assign('indentLevel', level, (ref) => {
      ref.sheet.assertUnprotected();
      cellsOf(ref, cellKey)
        .flat()
        .forEach((cell) => ref.sheet.indents.set(cell, level));
    });
  }

  get wrapText(): boolean {
    return this.property('wrapText');
  }
  /** Every cell of the range; a protected sheet refuses it. */
  set wrapText(wrap: boolean) {
    this.assign('wrapText', wrap, (ref) => {
      ref.sheet.assertUnprotected();
      cellsOf(ref, cellKey)
        .flat()
        .forEach((cell) => (wrap ? ref.sheet.wrapped.add(cell) : ref.sheet.wrapped.delete(cell)));
    });
  }

  get verticalAlignment(): Excel.VerticalAlignment {
    return this.property('verticalAlignment');
  }
  set verticalAlignment(alignment: Excel.VerticalAlignment) {
    this.assign('verticalAlignment', alignment, (ref) => {
      ref.sheet.assertUnprotected();
      cellsOf(ref, cellKey)
        .flat()
        .forEach((cell) => ref.sheet.verticalAlignments.set(cell, alignment));
    });
  }

  /** Records the rows as fitted to their text; a protected sheet refuses it. */
  autofitRows(): void {
    this.command('autofitRows', (ref) => {
      ref.sheet.assertUnprotected();
      for (let r = ref.row; r < ref.row + ref.rows; r++) ref.sheet.autofittedRows.add(r);
    });
  }

  propertyOf(ref: RangeRef, property: string): unknown {
    if (property === 'indentLevel') return uniform(cellsOf(ref, (row, column) => ref.sheet.indents.get(cellKey(row, column)) ?? 0).flat());
    if (property === 'wrapText') return uniform(cellsOf(ref, (row, column) => ref.sheet.wrapped.has(cellKey(row, column))).flat());
    if (property === 'verticalAlignment')
      return uniform(cellsOf(ref, (row, column) => ref.sheet.verticalAlignments.get(cellKey(row, column)) ?? 'Bottom').flat());
    if (property === 'horizontalAlignment') return uniform(cellsOf(ref, (row, column) => ref.sheet.alignments.get(cellKey(row, column)) ?? 'General').flat());
    if (property !== 'columnWidth') return this.unsupported(property);
    return ref.sheet.columnWidths.get(ref.column) ?? DEFAULT_COLUMN_POINTS;
  }
}

class StrictFormatProtection extends StrictObject<RangeRef> implements Pick<Excel.FormatProtection, 'locked'> {
  constructor(context: StrictContext, source: Source<RangeRef>) {
    super(context, 'FormatProtection', source);
  }

  get locked(): boolean {
    return this.property('locked');
  }
  /** Whether the cells refuse changes once the sheet is protected; a protected sheet refuses this too. */
  set locked(locked: boolean) {
    this.assign('locked', locked, (ref) => {
      ref.sheet.assertUnprotected();
      cellsOf(ref, cellKey)
        .flat()
        .forEach((cell) => (locked ? ref.sheet.unlocked.delete(cell) : ref.sheet.unlocked.add(cell)));
    });
  }

  propertyOf(ref: RangeRef, property: string): unknown {
    if (property !== 'locked') return this.unsupported(property);
    return uniform(cellsOf(ref, (row, column) => !ref.sheet.unlocked.has(cellKey(row, column))).flat());
  }
}

type FontMembers = 'bold' | 'size' | 'color' | 'load';

class StrictRangeFont extends StrictObject<RangeRef> implements Pick<Excel.RangeFont, FontMembers> {
  constructor(context: StrictContext, source: Source<RangeRef>) {
    super(context, 'RangeFont', source);
  }

  get bold(): boolean {
    return this.property('bold');
  }
  set bold(bold: boolean) {
    this.assign('bold', bold, (ref) => this.setFont(ref, { bold }));
  }

  get size(): number {
    return this.property('size');
  }
  set size(size: number) {
    this.assign('size', size, (ref) => this.setFont(ref, { size }));
  }

  get color(): string {
    return this.property('color');
  }
  set color(color: string) {
    this.assign('color', color, (ref) => this.setFont(ref, { color }));
  }

  load(names?: unknown): Excel.RangeFont {
    this.queueLoad(names);
    return asExcel(this);
  }

  /** One value for the range, or null where its cells differ, as Office.js reports a mixed format. */
  propertyOf(ref: RangeRef, property: string): unknown {
    if (!['bold', 'size', 'color'].includes(property)) return this.unsupported(property);
    const defaults: Font = { bold: false, size: NORMAL_FONT_SIZE, color: '#000000' };
    return uniform(cellsOf(ref, (row, column) => ({ ...defaults, ...ref.sheet.fonts.get(`${row},${column}`) })[property as keyof Font]).flat());
  }

  private setFont(ref: RangeRef, font: Font): void {
    ref.sheet.assertUnprotected();
    cellsOf(ref, (row, column) => ref.sheet.fonts.set(`${row},${column}`, { ...ref.sheet.fonts.get(`${row},${column}`), ...font }));
  }
}

class StrictRangeFill extends StrictObject<RangeRef> implements Pick<Excel.RangeFill, 'color'> {
  constructor(context: StrictContext, source: Source<RangeRef>) {
    super(context, 'RangeFill', source);
  }

  get color(): string {
    return this.property('color');
  }
  /** A solid fill of every cell of the range, "#RRGGBB" as the host gives it; a protected sheet refuses it. */
  set color(color: string) {
    this.assign('color', color, (ref) => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new Error(`The strict double fills with "#RRGGBB" colours only, not "${color}"`);
      ref.sheet.assertUnprotected();
      cellsOf(ref, cellKey)
        .flat()
        .forEach((cell) => ref.sheet.fills.set(cell, color));
    });
  }

  propertyOf(ref: RangeRef, property: string): unknown {
    if (property !== 'color') return this.unsupported(property);
    return uniform(cellsOf(ref, (row, column) => ref.sheet.fills.get(cellKey(row, column)) ?? '#FFFFFF').flat());
  }
}

type EdgeName = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';
const EDGES: readonly string[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];

class StrictRangeBorders extends StrictObject<RangeRef> implements Pick<Excel.RangeBorderCollection, 'getItem'> {
  constructor(context: StrictContext, source: Source<RangeRef>) {
    super(context, 'RangeBorderCollection', source);
  }

  /** The double knows the edges and the inside lines, by name, not the diagonals. */
  getItem(index: Excel.BorderIndex | EdgeName | 'DiagonalDown' | 'DiagonalUp'): Excel.RangeBorder {
    if (!EDGES.includes(index)) throw new Error(`The strict double borders by edge name only, not "${index}"`);
    return asExcel(new StrictRangeBorder(this.context, { find: () => ({ ref: this.target(), edge: index as EdgeName }), queued: false }));
  }

  propertyOf(_ref: RangeRef, property: string): unknown {
    return this.unsupported(property);
  }
}

interface EdgeRef {
  readonly ref: RangeRef;
  readonly edge: EdgeName;
}

class StrictRangeBorder extends StrictObject<EdgeRef> implements Pick<Excel.RangeBorder, 'style' | 'weight' | 'color'> {
  constructor(context: StrictContext, source: Source<EdgeRef>) {
    super(context, 'RangeBorder', source);
  }

  get style(): Excel.BorderLineStyle {
    return this.property('style');
  }
  set style(style: Excel.BorderLineStyle) {
    this.assign('style', style, (edge) => this.setSides(edge, { style }));
  }

  get weight(): Excel.BorderWeight {
    return this.property('weight');
  }
  set weight(weight: Excel.BorderWeight) {
    this.assign('weight', weight, (edge) => this.setSides(edge, { weight }));
  }

  get color(): string {
    return this.property('color');
  }
  set color(color: string) {
    this.assign('color', color, (edge) => this.setSides(edge, { color }));
  }

  propertyOf(edge: EdgeRef, property: string): unknown {
    if (!['style', 'weight', 'color'].includes(property)) return this.unsupported(property);
    return uniform(sidesOf(edge).map(([key, side]) => edge.ref.sheet.borders.get(key)?.[side]?.[property as keyof BorderModel]));
  }

  /** The cells' sides the edge is; a protected sheet refuses the change. */
  private setSides(edge: EdgeRef, change: BorderModel): void {
    edge.ref.sheet.assertUnprotected();
    for (const [key, side] of sidesOf(edge)) {
      const cell = edge.ref.sheet.borders.get(key) ?? {};
      cell[side] = { ...cell[side], ...change };
      edge.ref.sheet.borders.set(key, cell);
    }
  }
}

/** An edge of a range as its cells' sides: its top row's tops, or every side between two of its cells (both). */
function sidesOf({ ref, edge }: EdgeRef): [string, BorderSide][] {
  const sides: [string, BorderSide][] = [];
  cellsOf(ref, (row, column) => {
    const key = cellKey(row, column);
    const first = { row: row === ref.row, column: column === ref.column };
    const last = { row: row === ref.row + ref.rows - 1, column: column === ref.column + ref.columns - 1 };
    if (edge === 'EdgeTop' && first.row) sides.push([key, 'top']);
    if (edge === 'EdgeBottom' && last.row) sides.push([key, 'bottom']);
    if (edge === 'EdgeLeft' && first.column) sides.push([key, 'left']);
    if (edge === 'EdgeRight' && last.column) sides.push([key, 'right']);
    if (edge === 'InsideHorizontal' && !first.row) sides.push([key, 'top']);
    if (edge === 'InsideHorizontal' && !last.row) sides.push([key, 'bottom']);
    if (edge === 'InsideVertical' && !first.column) sides.push([key, 'left']);
    if (edge === 'InsideVertical' && !last.column) sides.push([key, 'right']);
  });
  return sides;
}
