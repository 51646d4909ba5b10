import type { CellRange } from '../workbook/snapshot';

/**
 * What the add-in writes, host-neutral: sheets of values, tables and native charts.
 * The core decides every value, format, name and position; a host only renders the plan
 * (Excel: Office.js; files: the package writer). Text is always written as text, never as a formula.
 */

export type PlanValue = string | number | boolean | null;

/**
 * Number formats by meaning; the host maps each to Excel's code:
 * percent `0%`, percent1 `0.0%`, points `+0.0;-0.0;0.0` (percentage points), integer `0`,
 * whole `#,##0` (a whole number with thousands separators), decimal `#,##0.00`, score `0.0` (a mean score, 0 to 2),
 * date `yyyy-mm-dd`.
 */
export type NumberFormat = 'percent' | 'percent1' | 'points' | 'integer' | 'whole' | 'decimal' | 'score' | 'date';

/**
 * How a block looks. `title` is the sheet's heading, `heading` a part's, `label` bold text, `note` small grey text,
 * `input` cells for the user to fill in: shaded and boxed, every cell of the block, its blanks too (whether they can
 * be edited on a protected sheet is the sheet's `protection`, not the style).
 */
export type BlockStyle = 'title' | 'heading' | 'label' | 'note' | 'input';

/** A rectangle of values anchored at (top, left), 1-based like A1. */
export interface BlockPlan {
  readonly top: number;
  readonly left: number;
  readonly rows: readonly (readonly PlanValue[])[];
  /** By column of the block; a missing entry is General. */
  readonly formats?: readonly (NumberFormat | undefined)[];
  readonly style?: BlockStyle;
  /**
   * Its text runs on into the empty cells to its right, and so does not size its columns, as a title's,
   * a heading's or a note's does.
   */
  readonly runsOn?: boolean;
  /** By column of the block: where its text sits; missing, Excel's own (text left, numbers right). */
  readonly alignments?: readonly (Alignment | undefined)[];
}

/** An Excel table: its header row at (top, left), then its rows. Columns named exactly as `columns`. */
export interface TablePlan {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly PlanValue[])[];
  readonly formats?: readonly (NumberFormat | undefined)[];
  /**
   * By row of `rows`, then column: a cell's own format, over its column's `formats` (a column whose rows
   * hold different units, such as a percentage in one row and a count in the next). Missing: the column's.
   */
  readonly cellFormats?: readonly (readonly (NumberFormat | undefined)[] | undefined)[];
  /** By column: where its header and values sit in their cells; missing, Excel's own (text left, numbers right). */
  readonly alignments?: readonly (Alignment | undefined)[];
}

/** A cell's text at its left or right edge: a number column's header over its numbers, a column of years beside numbers. */
export type Alignment = 'left' | 'right';

/** A single-column range of a sheet of the plan, 1-based, inclusive. */
export interface ColumnRef {
  readonly sheet: string;
  readonly column: number;
  readonly top: number;
  readonly bottom: number;
}

export interface SeriesPlan {
  readonly name: string;
  readonly values: ColumnRef;
  /**
   * Error bars, drawn where the host can: the cells of each value's distance to its interval's low (`minus`)
   * and to its high (`plus`), as a chart draws them; blank, no bar. A chart with them has no value labels:
   * the lines would cross them, and the values are in the cells beside.
   */
  readonly errorBars?: { readonly minus: ColumnRef; readonly plus: ColumnRef };
}

/**
 * A native chart. `bar` (the default): clustered horizontal bars, like the report's charts, values as fractions
 * shown as percent from 0 to 100 %. `radar`: one line with markers per series around the categories (a Member's
 * self-assessment against its region and all respondents), on the value axis `scale`.
 */
export interface ChartPlan {
  readonly kind?: 'bar' | 'radar';
  /**
   * A radar's value axis: from `min` (the centre) to `max`, a gridline and a label every `step` (General
   * format). A bar chart's axis is always 0 to 100 %.
   */
  readonly scale?: { readonly min: number; readonly max: number; readonly step: number };
  readonly title: string;
  /** A second, smaller line under the title: the chart's base and cutoff ("n = 30–36 Members; first 36 responses received"). */
  readonly subtitle?: string;
  /**
   * The subtitle of a host that cannot draw the series' intervals (Office.js sets no custom error bar):
   * it says where they are instead of what the lines are.
   */
  readonly subtitleWithoutIntervals?: string;
  readonly categories: ColumnRef;
  readonly series: readonly SeriesPlan[];
  /** The cells the chart covers: from the top-left of (top, left) to the bottom-right of (bottom, right). */
  readonly anchor: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
}

/** An in-cell dropdown: the cells of a rectangle accept only the listed answers (or a blank). */
export interface ValidationPlan {
  readonly range: CellRange;
  /** The answers, in order; or a column of the same sheet holding them (for long lists such as Members). */
  readonly list: readonly string[] | ColumnRef;
  /** Shown when a cell is chosen, and when a value off the list is refused. */
  readonly prompt?: { readonly title: string; readonly message: string };
}

export interface SheetPlan {
  readonly name: string;
  readonly blocks: readonly BlockPlan[];
  readonly tables: readonly TablePlan[];
  readonly charts: readonly ChartPlan[];
  /** Rows and columns kept in view while scrolling. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** Widths in characters, by column number (1 = A). */
  readonly columnWidths?: Readonly<Record<number, number>>;
  readonly hiddenColumns?: readonly number[];
  /** Cells whose text wraps within its column's width (the row grows to show it). */
  readonly wrapped?: readonly CellRange[];
  readonly validations?: readonly ValidationPlan[];
  /** Protects the sheet without a password: only these cells can be edited. */
  readonly protection?: { readonly editable: readonly CellRange[] };
  /**
   * `output` (the default): the add-in's own, marked so, replaced by a re-run, never read as input.
   * `input`: a sheet the add-in creates for the user to keep and edit (a submission template,
   * consolidated responses): not marked, read like any sheet of the user's.
   */
  readonly role?: 'output' | 'input';
  /** Rows after which a printed page should end (between charts, say): the print layout makes them the page's breaks. */
  readonly rowBreaks?: readonly number[];
  /**
   * Columns after which a printed page should end, for a sheet too wide for one page: the print layout
   * prints each part between them one page wide, at one scale, its frozen columns repeated on every page.
   */
  readonly columnBreaks?: readonly number[];
  /**
   * Printed as a document laid out for its pages (a Member's profile), in this orientation: fitted to one
   * page wide and `pagesTall` pages tall; or at `scale` (a whole percent), each page ending at a row break.
   * Absent: as the print layout finds best for the sheet's width.
   */
  readonly printedAs?:
    { readonly orientation: 'portrait' | 'landscape'; readonly pagesTall: number } | { readonly orientation: 'portrait' | 'landscape'; readonly scale: number };
  /** How the sheet prints; absent, the host's defaults. */
  readonly page?: PagePlan;
}

/**
 * How a sheet prints, as a page of the report: on A4, its orientation chosen for its width,
 * one page wide unless that would shrink it past reading (then across pages: at full size, or each part
 * between its column breaks one page wide at one scale), with the header and footer of the report.
 */
export interface PagePlan {
  readonly orientation: 'portrait' | 'landscape';
  /** One page wide, as many tall as needed; false: at full size, across as many pages as it takes. */
  readonly fitToWidth: boolean;
  /** Rows printed at the top of every page (a long table's header row), 1-based, inclusive. */
  readonly titleRows?: { readonly top: number; readonly bottom: number };
  /** Columns printed at the left of every page (the key columns of a sheet printed across pages), 1-based, inclusive. */
  readonly titleColumns?: { readonly left: number; readonly right: number };
  /** A new page starts after each of these rows. */
  readonly rowBreaks?: readonly number[];
  /** A new page starts after each of these columns (printed across pages: `fitToWidth` false). */
  readonly columnBreaks?: readonly number[];
  /**
   * Not fitted to the width: printed at this whole percent of full size (Excel's print scale, 10 to 100),
   * so that every part between the column breaks fits a page's width. Absent: full size.
   */
  readonly scale?: number;
  /**
   * Fitted to the width, at most this many pages tall (Excel's "fit to N pages tall"): a page meant to be read
   * as one, such as a Member's profile. Absent: as many pages tall as the sheet takes.
   */
  readonly pagesTall?: number;
  /** Centred at the top of every page: the report's title. */
  readonly header: string;
  readonly footer: PageFooter;
}

/** Left, centre and right of every page's foot: "World Customs Organization", the date of analysis, "Page 2 of 5". */
export interface PageFooter {
  readonly left: string;
  readonly center: string;
  /** The words around the page numbers: "Page" and "of" make "Page 2 of 5"; "Page" and "sur", "Page 2 sur 5". */
  readonly pageOf: { readonly page: string; readonly of: string };
}

/**
 * Rows added under the last row of a table already in the workbook (a consolidated `Responses`): the
 * rows above them, and whatever the user did to them, are never touched. The table's formats and data
 * validation extend to them, as when a row is added in Excel.
 */
export interface TableAppendPlan {
  readonly sheet: string;
  readonly table: string;
  /** The table's header as read: the host checks it is still so before adding a row. */
  readonly columns: readonly string[];
  readonly rows: readonly (readonly PlanValue[])[];
}

/** The sheets to write, in order; each replaces the add-in's own sheet of the same name. Then the rows to append. */
export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly appends?: readonly TableAppendPlan[];
}
