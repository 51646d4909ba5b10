import type { BlockPlan, BlockStyle, ChartPlan, SheetPlan } from './plan';
import { columnsPixels, PAGE, SPARE } from './print/page-setup';
import { noteLines, PADDING, shownText, textLines } from './table-layout';

/**
 * A Member's profile is read as one page: its parts flow down one column of the page, or, where that
 * prints larger, down two or three side by side, as a newspaper's, each part whole in one of them. A
 * questionnaire too long for one page at a readable size takes two, each laid out so.
 */

/** A part placed whole in one column of the page: blocks at rows and columns counted from 0, and perhaps a chart on them. */
export interface Panel {
  readonly rows: number;
  readonly blocks: readonly BlockPlan[];
  /** Drawn on the panel's cells once it is placed: its top row and left column on the sheet. */
  readonly chart?: (top: number, left: number) => ChartPlan;
}

/** A line above the columns, across the page: the title, the Member's facts, the legend. */
export interface HeadingLine {
  readonly text: string;
  readonly style?: BlockStyle;
}

export interface ProfileLayout {
  readonly name: string;
  readonly heading: readonly HeadingLine[];
  /** The widths of each column of the page, in characters: its sheet columns, from the left. */
  readonly widths: readonly number[];
  /** Atop every column of the page: what its figures are. */
  readonly columnHeader: BlockPlan;
  readonly panels: readonly Panel[];
}

/** The width of the empty sheet column between two columns of the page, in characters. */
const GAP = 2;
/** Each printed line's height in pixels, at Excel's default row of 15 points. */
const LINE = 20;
/** Shrunk further than this to fit one page, a profile is printed on two if that prints it larger. */
const SMALLEST_ONE_PAGE_SCALE = 0.45;
const MOST_COLUMNS = 3;
/** A style's line, in lines of the default font. */
const STYLE_LINES: Partial<Record<BlockStyle, number>> = { title: 1.5, heading: 1.25 };

/** The panels on each page, in each column of it, by their index; the orientation, and the scale that prints it so. */
interface Arrangement {
  readonly pages: readonly (readonly (readonly number[])[])[];
  readonly orientation: 'portrait' | 'landscape';
  readonly scale: number;
}

/**
 * The profile's sheet: of the layouts given (the same parts at different widths), the one, and its
 * arrangement, that prints largest on one page; where that is too small to read, on two pages if
 * they print it larger. One page is fitted to the page by the host; two are printed at the scale
 * reckoned here, the second starting at a page break.
 */
export function laidOutProfile(layouts: readonly ProfileLayout[]): SheetPlan {
  const measured = layouts.map((layout) => ({ layout, heights: panelHeights(layout) }));
  const largest = (pages: 1 | 2) =>
    measured
      .flatMap(({ layout, heights }) => arrangements(layout, heights, pages).map((arrangement) => ({ layout, arrangement })))
      .reduce<{ layout: ProfileLayout; arrangement: Arrangement } | undefined>(
        (a, b) => (a && a.arrangement.scale + 0.005 >= b.arrangement.scale ? a : b),
        undefined,
      );
  const onePage = largest(1)!;
  // Two pages are weighed only where one would be too small to read.
  const twoPages = onePage.arrangement.scale < SMALLEST_ONE_PAGE_SCALE ? largest(2) : undefined;
  const chosen = twoPages && twoPages.arrangement.scale > onePage.arrangement.scale ? twoPages : onePage;
  return placed(chosen.layout, chosen.arrangement);
}

function placed(layout: ProfileLayout, arrangement: Arrangement): SheetPlan {
  const columnWidth = layout.widths.length + 1;
  const pageColumns = Math.max(...arrangement.pages.map((page) => page.length));
  const heading = headingBlocks(layout.heading, pageColumns * sum(layout.widths) + (pageColumns - 1) * GAP);
  const blocks: BlockPlan[] = [...heading];
  const charts: ChartPlan[] = [];
  const rowBreaks: number[] = [];
  let top = heading.reduce((bottom, b) => Math.max(bottom, b.top + b.rows.length), 1) + 1;
  arrangement.pages.forEach((page, p) => {
    if (p > 0) rowBreaks.push(top - 1);
    let bottom = top;
    page.forEach((panels, j) => {
      const left = 1 + j * columnWidth;
      blocks.push({ ...layout.columnHeader, top, left: left + layout.columnHeader.left });
      let row = top + 1;
      for (const panel of panels.map((i) => layout.panels[i])) {
        blocks.push(...panel.blocks.map((b) => ({ ...b, top: row + b.top, left: left + b.left })));
        if (panel.chart) charts.push(panel.chart(row, left));
        row += panel.rows + 1;
      }
      bottom = Math.max(bottom, row);
    });
    top = bottom;
  });
  const columnWidths = widthsOf(layout.widths, pageColumns);
  const { orientation, scale } = arrangement;
  const printedAs = arrangement.pages.length === 1 ? { orientation, pagesTall: 1 } : { orientation, scale: Math.floor(100 * scale) };
  return { name: layout.name, blocks, tables: [], charts, columnWidths, printedAs, ...(rowBreaks.length > 0 ? { rowBreaks } : {}) };
}

/** The title as it is; every other line wrapped to the page's width, as notes are. */
function headingBlocks(lines: readonly HeadingLine[], width: number): BlockPlan[] {
  let top = 1;
  return lines.map((line) => {
    const texts = line.style === 'title' ? [line.text] : noteLines(line.text, width);
    const block: BlockPlan = { top, left: 1, rows: texts.map((text) => [text]), runsOn: true, ...(line.style ? { style: line.style } : {}) };
    top += texts.length;
    return block;
  });
}

/** Each panel's height in lines, the empty row after it included; then the column header's. */
function panelHeights(layout: ProfileLayout): { readonly panels: readonly number[]; readonly header: number } {
  return {
    panels: layout.panels.map((panel) => sum(panelLines(panel, layout.widths)) + 1),
    header: sum(panelLines({ rows: 1, blocks: [layout.columnHeader] }, layout.widths)),
  };
}

/**
 * Every way worth printing the layout on one page, or on two: in one to three columns, either orientation,
 * each page's panels split between its columns as evenly as they allow, two pages' between the pages too.
 */
function arrangements(layout: ProfileLayout, { panels: lines, header }: ReturnType<typeof panelHeights>, pages: 1 | 2): Arrangement[] {
  const all: Arrangement[] = [];
  for (let n = 1; n <= MOST_COLUMNS; n++) {
    const width = columnsPixels(widthsOf(layout.widths, n), n * (layout.widths.length + 1) - 1);
    const heading = headingHeight(layout.heading, n * sum(layout.widths) + (n - 1) * GAP) + 1;
    const page = (from: number, to: number) => split(lines.slice(from, to), n, from);
    const splits = pages === 1 ? [[page(0, lines.length)]] : range(1, lines.length).map((cut) => [page(0, cut), page(cut, lines.length)]);
    for (const orientation of ['portrait', 'landscape'] as const) {
      const { width: pageWidth, height: pageHeight } = PAGE[orientation];
      const scaleOf = (...heights: number[]) => Math.min(1, pageWidth / width, ...heights.map((h) => pageHeight / (h * LINE)));
      for (const [first, second] of splits) {
        const columns = second ? [first.columns, second.columns] : [first.columns];
        // Two pages print at a scale reckoned, not fitted: it leaves what a reader's font may take more.
        const scale = second ? SPARE * scaleOf(heading + header + first.height, header + second.height) : scaleOf(heading + header + first.height);
        all.push({ pages: columns, orientation, scale });
      }
    }
  }
  return all;
}

/**
 * The panels (their heights in lines, in order) cut into at most n columns whose tallest is shortest:
 * each column a run of panels, by their index from `offset`.
 */
function split(heights: readonly number[], n: number, offset: number): { columns: number[][]; height: number } {
  const m = heights.length;
  const prefix = [0, ...heights.map((_, i) => sum(heights.slice(0, i + 1)))];
  // tallest[k][i]: the tallest column of the best cut of the first i panels into k columns; cut[k][i] where its last column starts.
  const tallest = Array.from({ length: n + 1 }, () => Array<number>(m + 1).fill(Infinity));
  const cut = Array.from({ length: n + 1 }, () => Array<number>(m + 1).fill(0));
  tallest[0][0] = 0;
  for (let k = 1; k <= n; k++) {
    for (let i = 0; i <= m; i++) {
      for (let j = 0; j <= i; j++) {
        const t = Math.max(tallest[k - 1][j], prefix[i] - prefix[j]);
        if (t < tallest[k][i]) [tallest[k][i], cut[k][i]] = [t, j];
      }
    }
  }
  const columns: number[][] = [];
  for (let k = n, i = m; k > 0; i = cut[k][i], k--) columns.unshift(range(cut[k][i], i).map((p) => p + offset));
  return { columns: columns.filter((c) => c.length > 0), height: tallest[n][m] };
}

/** The sheet's column widths for n columns of the page side by side, an empty gap between each two. */
function widthsOf(widths: readonly number[], n: number): Record<number, number> {
  const all: Record<number, number> = {};
  for (let j = 0; j < n; j++) {
    if (j > 0) all[j * (widths.length + 1)] = GAP;
    widths.forEach((w, c) => (all[1 + j * (widths.length + 1) + c] = w));
  }
  return all;
}

/** Each row of the panel, in lines: its tallest cell's text wrapped in its column, or its style's line. */
function panelLines(panel: Panel, widths: readonly number[]): number[] {
  const lines = Array<number>(panel.rows).fill(1);
  for (const block of panel.blocks) {
    const styleLines = block.style ? (STYLE_LINES[block.style] ?? 1) : 1;
    block.rows.forEach((row, r) => {
      const wrapped = block.runsOn ? [1] : row.map((value, c) => wrappedLines(shownText(value, block.formats?.[c]), widths[block.left + c]));
      lines[block.top + r] = Math.max(lines[block.top + r], styleLines * Math.max(1, ...wrapped));
    });
  }
  return lines;
}

function wrappedLines(text: string, width: number | undefined): number {
  const room = Math.max(1, Math.floor((width ?? Infinity) - PADDING));
  // Most cells fit their column: only a longer one is broken into its lines.
  return text.length <= room ? 1 : textLines(text, room).length;
}

function headingHeight(lines: readonly HeadingLine[], width: number): number {
  return sum(lines.map((line) => (line.style === 'title' ? (STYLE_LINES.title ?? 1) : noteLines(line.text, width).length)));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
