import type { Alignment, BlockPlan, BlockStyle, CellRange, NumberFormat, PlanValue, SheetPlan, TablePlan } from '../../../core';
import { BOX_LOOKS, HEADER_BUTTON_INDENT } from '../../look';

/** How a cell looks: its block's style and its column's number format; and whether a protected sheet lets it be edited. */
export interface CellLook {
  readonly style?: BlockStyle | undefined;
  readonly format?: NumberFormat | undefined;
  readonly align?: Alignment;
  /** The text wraps within the column's width. */
  readonly wrap?: boolean;
  /** Indent levels from its aligned edge. */
  readonly indent?: number;
  readonly unlocked?: boolean;
}

export interface PlannedCell {
  readonly row: number;
  readonly column: number;
  /** null: an empty cell, there for its look only. */
  readonly value: string | number | boolean | null;
  readonly look: CellLook;
}

/**
 * A sheet plan's cells by address: its blocks, then its tables (header row, then data rows),
 * each where the plan puts it, then the cells its protection leaves editable. A null, or a
 * number that is not finite, is no cell, unless it is editable or boxed (an `input` block's).
 */
export class SheetCells {
  private readonly cells = new Map<number, PlannedCell>();
  private readonly wrappedLooks = new Map<CellLook, CellLook>();

  constructor(sheet: SheetPlan) {
    sheet.blocks.forEach((block) => this.placeBlock(block));
    sheet.tables.forEach((table) => this.placeTable(table));
    sheet.wrapped?.forEach((range) => this.wrap(range));
    sheet.protection?.editable.forEach((range) => this.unlock(range));
  }

  valueAt(row: number, column: number): PlanValue {
    return this.cells.get(keyOf(row, column))?.value ?? null;
  }

  /** The rows that have cells, top to bottom, each with its cells left to right. */
  rows(): PlannedCell[][] {
    const byRow = new Map<number, PlannedCell[]>();
    for (const cell of this.cells.values()) {
      const row = byRow.get(cell.row);
      if (row === undefined) byRow.set(cell.row, [cell]);
      else row.push(cell);
    }
    return [...byRow.keys()].sort((a, b) => a - b).map((row) => byRow.get(row)!.sort((a, b) => a.column - b.column));
  }

  /** The sheet's looks, each once: cells share them. */
  looks(): CellLook[] {
    return [...new Set(Array.from(this.cells.values(), ({ look }) => look))];
  }

  /** A boxed style (cells to fill in) is written on its blank cells too: they are there to be seen. A column's cells share one look. */
  private placeBlock({ top, left, rows, formats, style, alignments }: BlockPlan): void {
    const blanksToo = style !== undefined && BOX_LOOKS[style] !== undefined;
    const columnLooks: CellLook[] = [];
    const lookOf = (c: number) => (columnLooks[c] ??= { style, format: formats?.[c], ...alignOf(alignments, c) });
    rows.forEach((values, r) => values.forEach((value, c) => this.place(top + r, left + c, value, lookOf(c), blanksToo)));
  }

  /**
   * The header takes the table style's look; data cells take their own number format, else their column's; both, their column's
   * alignment. A column's cells share one look: a table may have 50,000 rows.
   */
  private placeTable({ top, left, columns, rows, formats, cellFormats, alignments }: TablePlan): void {
    const align = (c: number) => alignOf(alignments, c);
    const header = (c: number) => (alignments?.[c] === 'right' ? { ...align(c), indent: HEADER_BUTTON_INDENT } : align(c));
    const columnLooks = columns.map((_, c): CellLook => ({ format: formats?.[c], ...align(c) }));
    const lookOf = (r: number, c: number): CellLook => {
      const own = cellFormats?.[r]?.[c];
      return own === undefined ? columnLooks[c] : { format: own, ...align(c) };
    };
    columns.forEach((column, c) => this.place(top, left + c, column, header(c)));
    rows.forEach((values, r) => values.forEach((value, c) => this.place(top + 1 + r, left + c, value, lookOf(r, c))));
  }

  /** The range's cells that hold text wrap it; an empty cell stays empty. */
  private wrap(range: CellRange): void {
    for (const cell of this.cellsIn(range)) this.cells.set(keyOf(cell.row, cell.column), { ...cell, look: this.wrapped(cell.look) });
  }

  /** The cells placed in the range: looked up one by one when the range is smaller than the sheet, else found by a pass. */
  private cellsIn({ top, left, bottom, right }: CellRange): PlannedCell[] {
    if ((bottom - top + 1) * (right - left + 1) > this.cells.size) {
      return [...this.cells.values()].filter(({ row, column }) => row >= top && row <= bottom && column >= left && column <= right);
    }
    const found: PlannedCell[] = [];
    for (let row = top; row <= bottom; row++) {
      for (let column = left; column <= right; column++) {
        const cell = this.cells.get(keyOf(row, column));
        if (cell) found.push(cell);
      }
    }
    return found;
  }

  /** Cells that shared a look share its wrapped one. */
  private wrapped(look: CellLook): CellLook {
    let wrapped = this.wrappedLooks.get(look);
    if (!wrapped) this.wrappedLooks.set(look, (wrapped = { ...look, wrap: true }));
    return wrapped;
  }

  /** Each cell of the range keeps its value and look, unlocked; an empty one is written for its look alone. */
  private unlock({ top, left, bottom, right }: CellRange): void {
    for (let row = top; row <= bottom; row++) {
      for (let column = left; column <= right; column++) {
        const cell = this.cells.get(keyOf(row, column));
        this.cells.set(keyOf(row, column), { row, column, value: cell?.value ?? null, look: { ...cell?.look, unlocked: true } });
      }
    }
  }

  private place(row: number, column: number, value: PlanValue, look: CellLook, blankToo = false): void {
    const blank = value === null || (typeof value === 'number' && !Number.isFinite(value));
    if (blank && !blankToo) return;
    this.cells.set(keyOf(row, column), { row, column, value: blank ? null : value, look });
  }
}

/** One number per cell: a map of 400,000 string keys costs more than its cells. */
function keyOf(row: number, column: number): number {
  return row * 16_385 + column;
}

/** A column's alignment as a cell's look: none where the plan leaves it to Excel. */
function alignOf(alignments: readonly (Alignment | undefined)[] | undefined, column: number): Pick<CellLook, 'align'> {
  const align = alignments?.[column];
  return align === undefined ? {} : { align };
}
