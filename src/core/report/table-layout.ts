import type { CellRange } from '../workbook/snapshot';
import type { NumberFormat, PlanValue, TablePlan } from './plan';

/**
 * Tables laid out as a published report's: each column as wide as the longest text it shows, over
 * every table placed in it (headers included, numbers as their format writes them), long labels
 * capped and wrapped, and tables stacked on one sheet where their columns fit each other best.
 * Widths are in Excel's characters (the width of a digit of the default font).
 */

/** Room for a cell's margins, in characters. */
export const PADDING = 2;
/** What a table header's filter button takes, in characters. */
export const FILTER_BUTTON = 3;

export type TableBody = Omit<TablePlan, 'top' | 'left'>;

/** How a column may be narrower than its longest text. */
export interface ColumnFit {
  /** The widest the column grows for its values: a longer value wraps inside it. */
  readonly cap?: number;
  /** The header may wrap onto two lines, at a space (`Baseline` over `period`). */
  readonly twoLineHeader?: boolean;
}

/** The text a cell shows: a number as its format writes it in English (the longer of the two languages). */
export function shownText(value: PlanValue, format?: NumberFormat): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const grouped = (digits: number) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  switch (format) {
    case 'percent':
      return `${Math.round(value * 100)}%`;
    case 'percent1':
      return `${(value * 100).toFixed(1)}%`;
    case 'points':
      return `${value > 0 ? '+' : ''}${value.toFixed(1)}`;
    case 'integer':
      return String(Math.round(value));
    case 'whole':
      return grouped(0);
    case 'decimal':
      return grouped(2);
    case 'score':
      return value.toFixed(1);
    case 'date':
      return '0000-00-00';
    default:
      // Excel's General format shows at most 11 characters.
      return String(value).slice(0, 11);
  }
}

/** The width a value needs, margins included; 0 for an empty cell. */
export function valueWidth(value: PlanValue, format?: NumberFormat): number {
  const text = shownText(value, format);
  return text === '' ? 0 : Math.max(...text.split('\n').map((line) => line.length)) + PADDING;
}

/** The width a header needs beside its filter button: on one line, or on two split at the space that makes the longer line shortest. */
export function headerWidth(name: string, twoLines = false): number {
  const lines = twoLines ? twoLineSplit(name) : [name];
  return Math.max(...lines.map((line) => line.length)) + PADDING + FILTER_BUTTON;
}

/** The width a header wrapped at its spaces needs: each of its words whole beside the filter button. */
export function wrappedHeaderWidth(name: string): number {
  return Math.max(...name.split(' ').map((word) => word.length)) + PADDING + FILTER_BUTTON;
}

function twoLineSplit(name: string): string[] {
  let best = [name];
  for (let at = name.indexOf(' '); at !== -1; at = name.indexOf(' ', at + 1)) {
    const split = [name.slice(0, at), name.slice(at + 1)];
    if (Math.max(...split.map((l) => l.length)) < Math.max(...best.map((l) => l.length))) best = split;
  }
  return best;
}

/** A cell's format: its own, else its column's. */
export function formatAt(table: TableBody, row: number, column: number): NumberFormat | undefined {
  return table.cellFormats?.[row]?.[column] ?? table.formats?.[column];
}

/** The width each column of the table needs on its own: its header's, and its longest value's up to the column's cap. */
export function columnNeeds(table: TableBody, fit: (column: string) => ColumnFit = () => ({})): number[] {
  return table.columns.map((name, c) => {
    const { cap = Infinity, twoLineHeader = false } = fit(name);
    const values = table.rows.map((row, r) => valueWidth(row[c] ?? null, formatAt(table, r, c)));
    return Math.max(headerWidth(name, twoLineHeader), Math.min(cap, Math.max(0, ...values)));
  });
}

/** Column widths for tables placed at these left columns: each column the widest any of them needs there. */
export function widthsOf(placed: readonly { readonly left: number; readonly needs: readonly number[] }[]): Record<number, number> {
  const widths: Record<number, number> = {};
  for (const { left, needs } of placed) needs.forEach((need, c) => (widths[left + c] = Math.max(widths[left + c] ?? 0, need)));
  return widths;
}

/** A character of the sheet's width (its printed size) weighs as much as this many of columns wider than their table needs. */
const WIDTH_WEIGHT = 4;

/**
 * Where each table after the first starts, stacked under it: the left columns that keep the sheet
 * narrow (it prints one page wide) and the tables' columns close to what each needs, weighed by
 * WIDTH_WEIGHT; then the leftmost. The first table starts in column 1, the others within its span.
 */
export function stackedLefts(needs: readonly (readonly number[])[]): number[] {
  if (needs.length === 0) return [];
  const span = needs[0].length;
  const candidates: { lefts: number[]; width: number; slack: number }[] = [];
  const tryFrom = (lefts: number[]): void => {
    const t = lefts.length;
    if (t === needs.length) {
      const placed = lefts.map((left, i) => ({ left, needs: needs[i] }));
      const widths = widthsOf(placed);
      const width = Object.values(widths).reduce((sum, w) => sum + w, 0);
      const slack = placed.flatMap(({ left, needs: n }) => n.map((need, c) => widths[left + c] - need)).reduce((sum, s) => sum + s, 0);
      candidates.push({ lefts, width, slack });
      return;
    }
    for (let left = 1; left <= Math.max(1, span - needs[t].length + 1); left++) tryFrom([...lefts, left]);
  };
  tryFrom([1]);
  // Candidates come leftmost first, and the sort is stable.
  const cost = ({ width, slack }: { width: number; slack: number }) => WIDTH_WEIGHT * width + slack;
  const [best] = candidates.sort((a, b) => cost(a) - cost(b));
  return best.lefts;
}

/**
 * The cells of a placed table whose text is wider than its column: its header cell, its values. They
 * wrap, and their row grows to show them.
 */
export function wrappedCells(table: TablePlan, widths: Readonly<Record<number, number>>): CellRange[] {
  return table.columns.flatMap((name, c) => {
    const column = table.left + c;
    const width = widths[column];
    const header = headerWidth(name) > width;
    const values = table.rows.some((row, r) => valueWidth(row[c] ?? null, formatAt(table, r, c)) > width);
    if (!header && !values) return [];
    return [{ top: header ? table.top : table.top + 1, bottom: values ? table.top + table.rows.length : table.top, left: column, right: column }];
  });
}

/** A note as lines of at most `width` characters: a sentence to a line, a longer sentence broken as `textLines` breaks it. */
export function noteLines(note: string, width: number): string[] {
  return note.split(/(?<=[.!?]) +(?=\p{Lu})/u).flatMap((sentence) => textLines(sentence, width));
}

/**
 * A text as lines of at most `width` characters, broken between words: only at plain spaces (a no-break
 * space keeps French punctuation with its word), never after an opening mark (`« `) nor before closing
 * punctuation (French ` :`, ` »`). A word longer than a line is broken after its hyphens ("Customs-" over
 * "specific"); without one, it stays whole.
 */
export function textLines(text: string, width: number): string[] {
  const lines: string[] = [];
  const words = text.split(/ +/).reduce<string[]>((joined, word, i, all) => {
    if (i > 0 && /^[«“‘([]+$/u.test(all[i - 1])) joined[joined.length - 1] += ` ${word}`;
    else if (word !== '') joined.push(word);
    return joined;
  }, []);
  for (const word of words) {
    const [first, ...rest] = word.length > width ? word.split(/(?<=-)/) : [word];
    const last = lines.length - 1;
    const fits = lines[last] !== undefined && (lines[last].length + 1 + first.length <= width || /^[\p{P}\p{S}]+$/u.test(first));
    if (fits) lines[last] += ` ${first}`;
    else lines.push(first);
    // The parts of a hyphenated word go on without a space.
    for (const part of rest) {
      if (lines[lines.length - 1].length + part.length <= width) lines[lines.length - 1] += part;
      else lines.push(part);
    }
  }
  return lines;
}
