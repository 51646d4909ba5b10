import type { CellRange } from '../../workbook/snapshot';
import type { BlockPlan, SheetPlan } from '../plan';
import { formatAt, headerWidth, valueWidth } from '../table-layout';

/** The widest a column grows to fit its text; longer text wraps inside it. */
const WIDEST_FITTED = 50;
const NARROWEST_FITTED = 6;

/**
 * Columns sized so that no text is cut off by its neighbour: a column the plan does not size is as
 * wide as the longest text it shows (headers and numbers as formatted), up to WIDEST_FITTED; where
 * a column's text is longer than its width, that text wraps. Titles, headings and notes are not
 * measured: each stands alone on its row and runs on into the empty cells to its right.
 */
export function fitColumns(sheet: SheetPlan): SheetPlan {
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const parts = measuredParts(sheet).map((part) => ({ ...part, lengths: part.lengths.filter(({ column }) => !hidden.has(column)) }));
  const longest = new Map<number, number>();
  for (const { column, length } of parts.flatMap((p) => p.lengths)) longest.set(column, Math.max(longest.get(column) ?? 0, length));
  const widths: Record<number, number> = { ...sheet.columnWidths };
  for (const [column, length] of longest) widths[column] ??= Math.min(WIDEST_FITTED, Math.max(NARROWEST_FITTED, Math.ceil(length)));
  const wrapped = [...(sheet.wrapped ?? []), ...parts.flatMap((part) => wrappedRanges(part, widths))].map((range) => acrossItsPart(range, parts));
  const distinct = wrapped.filter((range, i) => !wrapped.some((other, j) => j !== i && covers(other, range) && (!covers(range, other) || j < i)));
  return { ...sheet, columnWidths: widths, ...(distinct.length > 0 ? { wrapped: distinct } : {}) };
}

interface MeasuredPart {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** The width each cell needs, in characters, padding included. */
  readonly lengths: readonly { readonly column: number; readonly length: number }[];
}

function measuredParts(sheet: SheetPlan): MeasuredPart[] {
  const blocks = sheet.blocks.filter(isMeasured).map((block): MeasuredPart => ({
    top: block.top,
    bottom: block.top + block.rows.length - 1,
    left: block.left,
    right: block.left + Math.max(1, ...block.rows.map((row) => row.length)) - 1,
    lengths: block.rows.flatMap((row) => row.map((value, c) => ({ column: block.left + c, length: valueWidth(value, block.formats?.[c]) }))),
  }));
  const tables = sheet.tables.map((table): MeasuredPart => ({
    top: table.top,
    bottom: table.top + table.rows.length,
    left: table.left,
    right: table.left + table.columns.length - 1,
    lengths: [
      ...table.columns.map((name, c) => ({ column: table.left + c, length: headerWidth(name) })),
      ...table.rows.flatMap((row, r) => row.map((value, c) => ({ column: table.left + c, length: valueWidth(value, formatAt(table, r, c)) }))),
    ],
  }));
  return [...blocks, ...tables];
}

function isMeasured(block: BlockPlan): boolean {
  return !block.runsOn && (block.style === undefined || block.style === 'label');
}

/** Each column of the part whose longest text is wider than the column, over the part's rows. */
function wrappedRanges(part: MeasuredPart, widths: Readonly<Record<number, number>>): CellRange[] {
  const over = new Set(part.lengths.filter(({ column, length }) => length > widths[column]).map(({ column }) => column));
  return [...over].sort((a, b) => a - b).map((column) => ({ top: part.top, bottom: part.bottom, left: column, right: column }));
}

/**
 * A wrapped range widened to every column of the table or block it lies in: their rows grow, and so the
 * part's other cells wrap and sit at the top too, level with the wrapped text.
 */
function acrossItsPart(range: CellRange, parts: readonly MeasuredPart[]): CellRange {
  const part = parts.find((p) => covers({ top: p.top, bottom: p.bottom, left: p.left, right: p.right }, range));
  return part === undefined ? range : { ...range, left: part.left, right: part.right };
}

function covers(outer: CellRange, inner: CellRange): boolean {
  return outer.top <= inner.top && outer.bottom >= inner.bottom && outer.left <= inner.left && outer.right >= inner.right;
}
