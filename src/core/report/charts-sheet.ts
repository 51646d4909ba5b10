import type { SurveyAnalysis } from '../analyse/analyse-survey';
import type { Language } from '../i18n/language';
import type { Questionnaire } from '../questionnaire/types';
import { chartGroups, type ChartGroup } from './chart-groups';
import type { Interval } from '../analyse/intervals';
import type { BlockPlan, ChartPlan, ColumnRef, PlanValue, SheetPlan } from './plan';
import { columnsPixels, printedPage } from './print/page-setup';
import { PADDING } from './table-layout';
import { WORDS } from './words';

export const CHARTS = 'Charts';
/**
 * A chart's least height, in pixels of the sheet (Excel's default row is 20): two such blocks, two rows
 * apart, fill a printed page (see print/page-setup.ts), as the report's pages held two charts each.
 */
const CHART_PIXELS = 360;
const CHART_LEFT = 6;
const CHART_COLUMNS = 10;
/** Pixels for a chart's title, subtitle, legend and axis, besides its bars. */
const CHART_FRAME_PIXELS = 110;
/** A bar, with its label and the gap to the next, needs about 18 pixels to be read. */
const BAR_PIXELS = 18;
/** Rows between one chart's block and the next. */
const GAP_ROWS = 2;
const KEY_WIDTH = { least: 9, most: 24 };
const LABEL_WIDTH = 42;
/** A series' column is as wide as its longest heading, within these bounds. */
const SERIES_WIDTH = { least: 12, most: 24 };
/** An interval's low or high: as narrow as "100%". */
const INTERVAL_WIDTH = 7;

/**
 * How tall the rows print, in pixels at 96 per inch, as the print layout sizes a page (print/page-setup.ts):
 * a plain row 20, the title's and a heading's larger type more; a label wider than its column wraps
 * (print/column-widths.ts), a line a row, and the chart over it stretches with it.
 */
const ROW_PIXELS = { plain: 20, title: 27, heading: 24 } as const;

/**
 * One bar chart per charted section (S1–S7) or XLSForm group part, each beside the block of percentages it
 * draws, with the chart's base and cutoff under its title and the survey it comes from under its block.
 * A printed page breaks between blocks, never through one (`rowBreaks`), as many blocks a page as fit.
 */
export function chartsSheet(analysis: SurveyAnalysis, lang: Language): SheetPlan {
  const groups = chartGroups(analysis, lang);
  const layout = seriesLayout(groups);
  const left = chartLeft(groups, layout);
  const widths = columnWidths(groups, layout);
  const hidden = errorBarColumns(groups, layout);
  const pageHeight = printedPageHeight(widths, left + CHART_COLUMNS - 1, new Set(hidden));
  const source = WORDS[lang].chartSource(sourceOf(analysis.questionnaire, lang));
  const blocks: BlockPlan[] = [{ top: 1, left: 1, rows: [[sheetTitle(analysis.questionnaire, lang)]], style: 'title' }];
  const charts: ChartPlan[] = [];
  const { firstResponses } = analysis.options;
  const notes: PartNotes = { source, ...(firstResponses !== undefined ? { firstResponses } : {}) };
  /** The printed height of each row of the sheet, in pixels. */
  const heights: number[] = [ROW_PIXELS.title, ROW_PIXELS.plain];
  let top = 3;
  for (const group of groups) {
    const rows = partRowPixels(group, widths[2]);
    const chartRows = rowsFor(rows, chartPixels(group, pageHeight));
    const part = groupPart(group, { top, left, bottom: top + chartRows - 1, right: left + CHART_COLUMNS - 1 }, layout, lang, notes);
    blocks.push(...part.blocks);
    charts.push(part.chart);
    const height = Math.max(chartRows, rows.length);
    heights.push(...rows, ...Array<number>(height - rows.length + GAP_ROWS).fill(ROW_PIXELS.plain));
    top += height + GAP_ROWS;
  }
  const breaks = rowBreaks(charts, heights, pageHeight);
  return {
    name: CHARTS,
    blocks,
    tables: [],
    charts,
    columnWidths: widths,
    hiddenColumns: hidden,
    ...(breaks.length > 0 ? { rowBreaks: breaks } : {}),
  };
}

function sheetTitle(questionnaire: Questionnaire, lang: Language): string {
  return questionnaire.form ? WORDS[lang].formChartsTitle(questionnaire.title[lang]) : WORDS[lang].chartsTitle;
}

/** The 1998 survey's round, or the XLSForm's own title. */
function sourceOf(questionnaire: Questionnaire, lang: Language): string {
  return questionnaire.form ? questionnaire.title[lang] : WORDS[lang].surveyRound;
}

interface PartNotes {
  readonly source: string;
  readonly firstResponses?: number;
}

/**
 * Where a series' cells are, from its percent on: its interval's low and high beside it (`beside`), then
 * the lengths of its error bar below and above, hidden. The interval is beside the percent only while the
 * widest chart has MOST_SERIES_BESIDE series or fewer: more, and the sheet would no longer print one page
 * wide; their Low and High are the Summary's.
 */
interface SeriesLayout {
  readonly beside: boolean;
  /** Columns a series takes. */
  readonly span: number;
}

const MOST_SERIES_BESIDE = 3;

function seriesLayout(groups: readonly ChartGroup[]): SeriesLayout {
  const beside = mostSeries(groups) <= MOST_SERIES_BESIDE;
  return { beside, span: beside ? 5 : 3 };
}

/** A series' percentages are in column 3, then every `span` columns. */
function seriesColumn(layout: SeriesLayout, series: number): number {
  return 3 + series * layout.span;
}

/** A group's heading, data block and source note from the anchor's top row, its chart over the anchor. */
function groupPart(
  group: ChartGroup,
  anchor: ChartPlan['anchor'],
  layout: SeriesLayout,
  lang: Language,
  notes: PartNotes,
): { blocks: BlockPlan[]; chart: ChartPlan } {
  const { top } = anchor;
  const first = top + 2;
  const column = (n: number): ColumnRef => ({ sheet: CHARTS, column: n, top: first, bottom: first + group.rows.length - 1 });
  const words = WORDS[lang];
  const headings = (name: string) => (layout.beside ? [name, words.low, words.high, words.below, words.above] : [name, words.below, words.above]);
  const blocks: BlockPlan[] = [
    { top, left: 1, rows: [[group.title]], style: 'heading' },
    // Each series' heading at the right, over its percentages.
    {
      top: top + 1,
      left: 1,
      rows: [[group.keyHeading, words.label, ...group.series.flatMap(headings)]],
      style: 'label',
      alignments: [undefined, undefined, ...group.series.flatMap(() => Array<'right'>(layout.span).fill('right'))],
    },
    {
      top: first,
      left: 1,
      rows: group.rows.map((r) => [r.key, r.label, ...r.percents.flatMap((percent, i) => seriesCells(percent, r.intervals[i], layout))]),
      formats: [undefined, undefined, ...group.series.flatMap(() => Array<'percent'>(layout.span).fill('percent'))],
    },
    { top: first + group.rows.length, left: 1, rows: [[notes.source]], style: 'note' },
  ];
  const bases = group.rows.map((r) => r.base);
  const base = words.chartBase(Math.min(...bases), Math.max(...bases), notes.firstResponses);
  const hasIntervals = group.rows.some((r) => r.intervals.some((i) => i !== null));
  const chart: ChartPlan = {
    title: group.title,
    subtitle: hasIntervals ? words.intervalsDrawn(base, layout.beside) : base,
    ...(hasIntervals ? { subtitleWithoutIntervals: words.intervalsUndrawn(base, layout.beside) } : {}),
    categories: column(2),
    series: group.series.map((name, i) => {
      const percents = seriesColumn(layout, i);
      const minus = percents + layout.span - 2;
      return { name, values: column(percents), ...(hasIntervals ? { errorBars: { minus: column(minus), plus: column(minus + 1) } } : {}) };
    }),
    anchor,
  };
  return { blocks, chart };
}

/** A series' cells of one row: the percent, perhaps its interval's low and high, and how far each lies from the percent. */
function seriesCells(percent: number | null, interval: Interval | null, { beside }: SeriesLayout): PlanValue[] {
  const ends = beside ? [interval?.low ?? null, interval?.high ?? null] : [];
  if (percent === null || interval === null) return [percent, ...ends, null, null];
  return [percent, ...ends, percent - interval.low, interval.high - percent];
}

/** The printed height of each row of a part's block: heading, column headings, one row a question (taller when its label wraps), the source. */
function partRowPixels(group: ChartGroup, labelWidth: number): number[] {
  const lines = (text: string) => Math.max(1, Math.ceil((text.length + PADDING) / labelWidth));
  return [ROW_PIXELS.heading, ROW_PIXELS.plain, ...group.rows.map((r) => lines(r.label) * ROW_PIXELS.plain), ROW_PIXELS.plain];
}

/**
 * A long group's chart grows, counting at least two bars a category so that a one-series chart's labels
 * fit too; never past a printed page (its bars then thinner).
 */
function chartPixels(group: ChartGroup, pageHeight: number): number {
  const bars = group.rows.length * Math.max(2, group.series.length);
  return Math.min(Math.max(CHART_PIXELS, bars * BAR_PIXELS + CHART_FRAME_PIXELS), pageHeight - GAP_ROWS * ROW_PIXELS.plain);
}

/** The rows, from the block's first, that together are at least `pixels` tall: the part's own rows, then plain rows. */
function rowsFor(rowPixels: readonly number[], pixels: number): number {
  let rows = 0;
  for (let height = 0; height < pixels; rows++) height += rowPixels[rows] ?? ROW_PIXELS.plain;
  return rows;
}

/**
 * The rows after which a printed page ends: before a chart's block that would not fit whole under the
 * blocks already on the page. A block taller than a page starts a page of its own and runs on. The page
 * breaks between the two rows of the gap, not at a chart's edge, where a reader may print a sliver of
 * the chart's frame on the other page.
 */
function rowBreaks(charts: readonly ChartPlan[], rowPixels: readonly number[], pageHeight: number): number[] {
  const breaks: number[] = [];
  const pixels = (from: number, to: number) => rowPixels.slice(from - 1, to).reduce((sum, h) => sum + h, 0);
  let pageTop = 1;
  charts.forEach((chart, i) => {
    const blockBottom = (charts[i + 1]?.anchor.top ?? rowPixels.length + 1) - GAP_ROWS - 1;
    const gapFirstRow = chart.anchor.top - GAP_ROWS;
    if (gapFirstRow > pageTop && pixels(pageTop, blockBottom) > pageHeight) {
      breaks.push(gapFirstRow);
      pageTop = gapFirstRow + 1;
    }
  });
  return breaks;
}

/** A printed page's height in the sheet's own pixels, the sheet shrunk to the page's width as the print layout does. */
function printedPageHeight(widths: Readonly<Record<number, number>>, right: number, hidden: ReadonlySet<number>): number {
  return printedPage(columnsPixels(widths, right, hidden)).height;
}

/** Every chart in one column, right of the widest data block, a column between. */
function chartLeft(groups: readonly ChartGroup[], layout: SeriesLayout): number {
  return Math.max(CHART_LEFT, seriesColumn(layout, mostSeries(groups)) + 1);
}

function columnWidths(groups: readonly ChartGroup[], layout: SeriesLayout): Record<number, number> {
  const longestKey = Math.max(0, ...groups.flatMap((g) => g.rows.map((r) => r.key.length + 1)));
  const widths: Record<number, number> = { 1: Math.min(KEY_WIDTH.most, Math.max(KEY_WIDTH.least, longestKey)), 2: LABEL_WIDTH };
  for (let series = 0; series < Math.max(2, mostSeries(groups)); series++) {
    const longestName = Math.max(0, ...groups.map((g) => (g.series[series]?.length ?? 0) + PADDING));
    const percents = seriesColumn(layout, series);
    widths[percents] = Math.min(SERIES_WIDTH.most, Math.max(SERIES_WIDTH.least, longestName));
    if (layout.beside) Object.assign(widths, { [percents + 1]: INTERVAL_WIDTH, [percents + 2]: INTERVAL_WIDTH });
  }
  return widths;
}

/** The error bars' lengths: for the chart only, hidden from the reader, who has the interval's ends. */
function errorBarColumns(groups: readonly ChartGroup[], layout: SeriesLayout): number[] {
  return Array.from({ length: mostSeries(groups) }, (_, series) => {
    const minus = seriesColumn(layout, series) + layout.span - 2;
    return [minus, minus + 1];
  }).flat();
}

function mostSeries(groups: readonly ChartGroup[]): number {
  return Math.max(0, ...groups.map((g) => g.series.length));
}
