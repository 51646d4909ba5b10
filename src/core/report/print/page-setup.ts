import type { Language } from '../../i18n/language';
import type { PagePlan, SheetPlan, WorkbookPlan } from '../plan';
import { fitColumns } from './column-widths';
import { alignNumberHeaders } from './number-headers';
import { PRINT_WORDS } from './words';

/** What every page of a printed plan says besides its sheet: the report's title and the date of the work. */
export interface PrintContext {
  readonly lang: Language;
  /** The header's title; the 1998 survey's by default (an XLSForm's own title otherwise). */
  readonly title?: string;
  /** The footer's middle: "Analysed on 4 December 2026". */
  readonly dated?: string;
}

/** A4 less Excel's default margins (0.7 inch left and right, 0.75 top and bottom), in pixels at 96 per inch. */
export const PAGE = { portrait: { width: 659, height: 978 }, landscape: { width: 988, height: 650 } } as const;
/**
 * A part printed at a fixed scale has its width reckoned, not measured: a reader's font a little wider than
 * Calibri's 7 pixels a digit would push its last column onto a page of its own. So the scale leaves this much spare.
 */
export const SPARE = 0.96;
/** Shrunk further than this to fit one page wide, a sheet is no longer read comfortably: it prints across pages. */
const SMALLEST_SCALE = 0.6;
const DEFAULT_COLUMN_WIDTH = 8.43;

/** Every sheet of the plan sized to its text and set up to print as a page of the report. */
export function forPrint(plan: WorkbookPlan, context: PrintContext): WorkbookPlan {
  return { sheets: plan.sheets.map((sheet) => printedSheet(sheet, context)) };
}

export function printedSheet(sheet: SheetPlan, context: PrintContext): SheetPlan {
  const fitted = fitColumns(alignNumberHeaders(sheet));
  return { ...fitted, page: pagePlan(fitted, context) };
}

/**
 * Portrait when the sheet fits a portrait page's width, landscape otherwise; one page wide unless that
 * would shrink it under SMALLEST_SCALE. A sheet of one table repeats its header row on every page; a
 * sheet printed across pages, its frozen columns. Printed across pages, a sheet that says where its
 * pages end (`columnBreaks`) prints each part one page wide, all at the scale the widest part needs,
 * unless that too is under SMALLEST_SCALE (then at full size, as any other).
 */
export function pagePlan(sheet: SheetPlan, context: PrintContext): PagePlan {
  const words = PRINT_WORDS[context.lang];
  const headerAndFooter = {
    header: context.title ?? words.reportTitle,
    footer: { left: words.organisation, center: context.dated ?? '', pageOf: { page: words.page, of: words.of } },
  };
  const { printedAs } = sheet;
  if (printedAs) {
    const rowBreaks = sheet.rowBreaks?.length ? { rowBreaks: sheet.rowBreaks } : {};
    const sizing = 'scale' in printedAs ? { fitToWidth: false, scale: printedAs.scale } : { fitToWidth: true, pagesTall: printedAs.pagesTall };
    return { orientation: printedAs.orientation, ...sizing, ...rowBreaks, ...headerAndFooter };
  }
  const { orientation, fitToWidth } = printedPage(sheetPixels(sheet));
  // Repeated only where a page breaks: a table that fits one page prints its header once.
  const [table, ...others] = sheet.tables;
  const titleRows = table !== undefined && others.length === 0 ? { top: table.top, bottom: table.top } : undefined;
  // Printed across pages, a sheet repeats the columns it keeps in view on screen (the Member, the question).
  const keyColumns = sheet.freeze?.columns ?? 0;
  const titleColumns = !fitToWidth && keyColumns > 0 ? { left: 1, right: keyColumns } : undefined;
  // A sheet one page wide has no page to break between its columns.
  const columnBreaks = fitToWidth ? [] : (sheet.columnBreaks ?? []);
  const scale = columnBreaks.length > 0 ? partsScale(sheet, columnBreaks, orientation) : undefined;
  return {
    orientation,
    fitToWidth,
    ...(titleRows ? { titleRows } : {}),
    ...(titleColumns ? { titleColumns } : {}),
    ...(sheet.rowBreaks?.length ? { rowBreaks: sheet.rowBreaks } : {}),
    ...(columnBreaks.length > 0 ? { columnBreaks } : {}),
    ...(scale !== undefined ? { scale } : {}),
    ...headerAndFooter,
  };
}

/** How a sheet `width` pixels wide prints: its orientation, whether one page wide, and a page's height in the sheet's pixels. */
export interface PrintedPage {
  readonly orientation: 'portrait' | 'landscape';
  readonly fitToWidth: boolean;
  readonly height: number;
}

export function printedPage(width: number): PrintedPage {
  const orientation = width <= PAGE.portrait.width ? 'portrait' : 'landscape';
  const scale = Math.min(1, PAGE[orientation].width / Math.max(width, 1));
  const fitToWidth = scale >= SMALLEST_SCALE;
  return { orientation, fitToWidth, height: PAGE[orientation].height / (fitToWidth ? scale : 1) };
}

/**
 * The largest whole percent, up to 100, at which every part of the sheet between its column breaks, with
 * its frozen columns (repeated on every page), fits the page's width; undefined when that is under
 * SMALLEST_SCALE.
 */
function partsScale(sheet: SheetPlan, columnBreaks: readonly number[], orientation: keyof typeof PAGE): number | undefined {
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const widths = sheet.columnWidths ?? {};
  const pixels = (right: number) => columnsPixels(widths, right, hidden);
  const keyColumns = sheet.freeze?.columns ?? 0;
  const rightmost = rightmostColumn(sheet, hidden);
  const ends = [...new Set([...columnBreaks.filter((column) => Number.isInteger(column) && column >= 1 && column < rightmost), rightmost])].sort(
    (a, b) => a - b,
  );
  // Each part: the key columns, then its own columns past them (the first part's own columns start with the key columns).
  const parts = ends.map((end, i) => pixels(keyColumns) + Math.max(0, pixels(end) - pixels(Math.max(keyColumns, i === 0 ? 0 : ends[i - 1]))));
  const widest = Math.max(1, ...parts);
  const scale = Math.min(100, Math.floor((PAGE[orientation].width * 100 * SPARE) / widest));
  return scale / 100 >= SMALLEST_SCALE ? scale : undefined;
}

/** The printed width of columns 1 to `right` (hidden ones left out), in pixels. */
export function columnsPixels(widths: Readonly<Record<number, number>>, right: number, hidden: ReadonlySet<number> = new Set()): number {
  let pixels = 0;
  for (let column = 1; column <= right; column++) {
    if (!hidden.has(column)) pixels += columnPixels(widths[column] ?? DEFAULT_COLUMN_WIDTH);
  }
  return pixels;
}

/** The printed width of the sheet's columns up to its rightmost cell or chart, hidden columns left out. */
function sheetPixels(sheet: SheetPlan): number {
  const hidden = new Set(sheet.hiddenColumns ?? []);
  return columnsPixels(sheet.columnWidths ?? {}, rightmostColumn(sheet, hidden), hidden);
}

function rightmostColumn(sheet: SheetPlan, hidden: ReadonlySet<number>): number {
  const rights = [
    ...sheet.blocks.map((b) => b.left + Math.max(0, ...b.rows.map((r) => r.length)) - 1),
    ...sheet.tables.map((t) => t.left + t.columns.length - 1),
    ...sheet.charts.map((c) => c.anchor.right),
  ].filter((right) => !hidden.has(right));
  return Math.max(1, ...rights);
}

/** Excel draws a column of w characters 7w + 5 pixels wide (Calibri 11). */
function columnPixels(characters: number): number {
  return Math.trunc(characters * 7 + 5);
}
