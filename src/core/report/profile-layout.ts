import type { BlockPlan, BlockStyle, ChartPlan, SheetPlan } from './plan';
import { columnsPixels, PAGE } from './print/page-setup';
import { noteLines, PADDING, shownText } from './table-layout';

/**
 * A Member's profile is read as one page: its parts flow down one column of the page, or, where that
 * prints larger, down two or three side by side, as a newspaper's, each part whole in one of them.
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
/** Shrunk further than this to fit one page, a profile prints on two pages, in one column. */
const SMALLEST_ONE_PAGE_SCALE = 0.45;
const MOST_COLUMNS = 3;
/** A style's line, in lines of the default font. */
const STYLE_LINES: Partial<Record<BlockStyle, number>> = { title: 1.5, heading: 1.25 };

interface Arrangement {
  readonly columns: readonly (readonly Panel[])[];
  readonly orientation: 'portrait' | 'landscape';
  readonly pagesTall: number;
  readonly scale: number;
}

/**
 * The profile's sheet: of the layouts given (the same parts at different widths), the one, and its
 * arrangement, that prints largest on one page; or, past that, on two.
 */
export function laidOutProfile(layouts: readonly ProfileLayout[]): SheetPlan {
  const arranged = layouts.map((layout) => ({ layout, arrangement: bestArrangement(layout) }));
  const { layout, arrangement } = arranged.reduce((a, b) => (better(b.arrangement, a.arrangement) ? b : a));
  const columnWidth = layout.widths.length + 1;
  const pageColumns = arrangement.columns.length;
  const totalCharacters = pageColumns * sum(layout.widths) + (pageColumns - 1) * GAP;
  const heading = headingBlocks(layout.heading, totalCharacters);
  const blocks: BlockPlan[] = [...heading];
  const charts: ChartPlan[] = [];
  const top = heading.reduce((bottom, b) => Math.max(bottom, b.top + b.rows.length), 1) + 1;
  arrangement.columns.forEach((panels, j) => {
    const left = 1 + j * columnWidth;
    blocks.push({ ...layout.columnHeader, top, left: left + layout.columnHeader.left });
    let row = top + 1;
    for (const panel of panels) {
      blocks.push(...panel.blocks.map((b) => ({ ...b, top: row + b.top, left: left + b.left })));
      if (panel.chart) charts.push(panel.chart(row, left));
      row += panel.rows + 1;
    }
  });
  const columnWidths: Record<number, number> = {};
  for (let j = 0; j < pageColumns; j++) {
    layout.widths.forEach((width, c) => (columnWidths[1 + j * columnWidth + c] = width));
    if (j < pageColumns - 1) columnWidths[(j + 1) * columnWidth] = GAP;
  }
  return {
    name: layout.name,
    blocks,
    tables: [],
    charts,
    columnWidths,
    printedAs: { orientation: arrangement.orientation, pagesTall: arrangement.pagesTall },
  };
}

/** One page before two; then the larger print. */
function better(a: Arrangement, b: Arrangement): boolean {
  return a.pagesTall !== b.pagesTall ? a.pagesTall < b.pagesTall : a.scale > b.scale + 0.005;
}

function headerPanel(header: BlockPlan): Panel {
  return { rows: 1, blocks: [header] };
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

/**
 * Of one to three columns of the page, in either orientation, on one page: the arrangement that prints
 * largest. Under SMALLEST_ONE_PAGE_SCALE, on two pages, in one column, read down as any long sheet.
 */
function bestArrangement(layout: ProfileLayout): Arrangement {
  const lines = layout.panels.map((panel) => panelLines(panel, layout.widths));
  const headerLines = panelLines(headerPanel(layout.columnHeader), layout.widths);
  const candidates: Arrangement[] = [];
  for (let n = 1; n <= Math.min(MOST_COLUMNS, Math.max(1, layout.panels.length)); n++) {
    const { split, height } = bestSplit(lines, headerLines, n);
    const headingLines = headingHeight(layout.heading, n * sum(layout.widths) + (n - 1) * GAP);
    const pixels = { width: columnsPixels(widthsOf(layout.widths, n), n * (layout.widths.length + 1) - 1), height: (headingLines + 1 + height) * LINE };
    for (const orientation of ['portrait', 'landscape'] as const) {
      const scale = Math.min(1, PAGE[orientation].width / pixels.width, PAGE[orientation].height / pixels.height);
      candidates.push({ columns: split.map((range) => range.map((i) => layout.panels[i])), orientation, pagesTall: 1, scale });
    }
  }
  const best = candidates.reduce((a, b) => (b.scale > a.scale + 0.01 ? b : a));
  if (best.scale >= SMALLEST_ONE_PAGE_SCALE) return best;
  const height = (headingHeight(layout.heading, sum(layout.widths)) + 1 + columnLines(headerLines, lines).length) * LINE;
  const width = columnsPixels(widthsOf(layout.widths, 1), layout.widths.length);
  const orientation = width <= PAGE.portrait.width ? 'portrait' : 'landscape';
  return { columns: [layout.panels], orientation, pagesTall: 2, scale: Math.min(1, PAGE[orientation].width / width, (2 * PAGE[orientation].height) / height) };
}

function widthsOf(widths: readonly number[], n: number): Record<number, number> {
  const all: Record<number, number> = {};
  for (let j = 0; j < n; j++) {
    widths.forEach((w, c) => (all[1 + j * (widths.length + 1) + c] = w));
    all[(j + 1) * (widths.length + 1)] = GAP;
  }
  return all;
}

/** The split of the panels, in order, into n columns of the page that makes the shortest page, in lines. */
function bestSplit(lines: readonly (readonly number[])[], header: readonly number[], n: number): { split: number[][]; height: number } {
  let best: { split: number[][]; height: number } | undefined;
  for (const cuts of cutsOf(lines.length, n)) {
    const ends = [...cuts, lines.length];
    const split = ends.map((end, j) => range(j === 0 ? 0 : ends[j - 1], end));
    const columns = split.map((panels) =>
      columnLines(
        header,
        panels.map((i) => lines[i]),
      ),
    );
    const rows = Math.max(...columns.map((c) => c.length));
    let height = 0;
    // A row is as tall as its tallest cell, in whichever column of the page.
    for (let r = 0; r < rows; r++) height += Math.max(...columns.map((c) => c[r] ?? 0));
    if (best === undefined || height < best.height) best = { split, height };
  }
  return best ?? { split: [range(0, lines.length)], height: sum(columnLines(header, lines)) };
}

/** Every way to cut m panels into n columns of one panel or more: the n − 1 cuts, each where a column ends. */
function cutsOf(m: number, n: number, from = 1): number[][] {
  if (n === 1) return [[]];
  const all: number[][] = [];
  for (let cut = from; cut <= m - n + 1; cut++) all.push(...cutsOf(m, n - 1, cut + 1).map((rest) => [cut, ...rest]));
  return all;
}

/** A column of the page's rows, in lines: its header, then each panel, an empty row after each. */
function columnLines(header: readonly number[], panels: readonly (readonly number[])[]): number[] {
  return [...header, ...panels.flatMap((panel) => [...panel, 1])];
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
  if (text === '' || width === undefined) return 1;
  return noteLines(text, Math.max(1, Math.floor(width - PADDING))).length;
}

function headingHeight(lines: readonly HeadingLine[], width: number): number {
  return sum(lines.map((line) => (line.style === 'title' ? (STYLE_LINES.title ?? 1) : noteLines(line.text, width).length)));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
