import type { SurveyAnalysis } from '../analyse/analyse-survey';
import type { Language } from '../i18n/language';
import type { Questionnaire } from '../questionnaire/types';
import { chartGroups, type ChartGroup } from './chart-groups';
import type { BlockPlan, ChartPlan, ColumnRef, SheetPlan } from './plan';
import { WORDS } from './words';

export const CHARTS = 'Charts';
/** The least rows a chart covers, and its columns when the data block beside it has at most two series. */
const CHART_ROWS = 18;
const CHART_LEFT = 6;
const CHART_COLUMNS = 10;
/** Rows for a chart's title, legend and axis, besides its bars. */
const CHART_FRAME_ROWS = 5;
/** A bar, with its label and the gap to the next, needs about three quarters of a row to be read. */
const ROWS_PER_BAR = 0.75;
const KEY_WIDTH = { least: 9, most: 24 };
const SERIES_WIDTH = 12;

/** One bar chart per charted section (S1–S7) or XLSForm group part, each beside the block of percentages it draws. */
export function chartsSheet(analysis: SurveyAnalysis, lang: Language): SheetPlan {
  const groups = chartGroups(analysis, lang);
  const left = chartLeft(groups);
  const blocks: BlockPlan[] = [{ top: 1, left: 1, rows: [[sheetTitle(analysis.questionnaire, lang)]], style: 'title' }];
  const charts: ChartPlan[] = [];
  let top = 3;
  for (const group of groups) {
    const part = groupPart(group, top, left, lang);
    blocks.push(...part.blocks);
    charts.push(part.chart);
    top += Math.max(chartRows(group), group.rows.length + 2) + 2;
  }
  return { name: CHARTS, blocks, tables: [], charts, columnWidths: columnWidths(groups) };
}

function sheetTitle(questionnaire: Questionnaire, lang: Language): string {
  return questionnaire.form ? WORDS[lang].formChartsTitle(questionnaire.title[lang]) : WORDS[lang].chartsTitle;
}

function groupPart(group: ChartGroup, top: number, left: number, lang: Language): { blocks: BlockPlan[]; chart: ChartPlan } {
  const first = top + 2;
  const column = (n: number): ColumnRef => ({ sheet: CHARTS, column: n, top: first, bottom: first + group.rows.length - 1 });
  const blocks: BlockPlan[] = [
    { top, left: 1, rows: [[group.title]], style: 'heading' },
    { top: top + 1, left: 1, rows: [[group.keyHeading, WORDS[lang].label, ...group.series]], style: 'label' },
    {
      top: first,
      left: 1,
      rows: group.rows.map((r) => [r.key, r.label, ...r.percents]),
      formats: [undefined, undefined, ...group.series.map(() => 'percent' as const)],
    },
  ];
  const chart: ChartPlan = {
    title: group.title,
    categories: column(2),
    series: group.series.map((name, i) => ({ name, values: column(3 + i) })),
    anchor: { top, left, bottom: top + chartRows(group) - 1, right: left + CHART_COLUMNS - 1 },
  };
  return { blocks, chart };
}

/** A long group's chart grows, counting at least two bars a category so that a one-series chart's labels fit too. */
function chartRows(group: ChartGroup): number {
  const bars = group.rows.length * Math.max(2, group.series.length);
  return Math.max(CHART_ROWS, Math.ceil(bars * ROWS_PER_BAR) + CHART_FRAME_ROWS);
}

/** Every chart in one column, right of the widest data block. */
function chartLeft(groups: readonly ChartGroup[]): number {
  return Math.max(CHART_LEFT, mostSeries(groups) + 4);
}

function columnWidths(groups: readonly ChartGroup[]): Record<number, number> {
  const longestKey = Math.max(0, ...groups.flatMap((g) => g.rows.map((r) => r.key.length + 1)));
  const widths: Record<number, number> = { 1: Math.min(KEY_WIDTH.most, Math.max(KEY_WIDTH.least, longestKey)), 2: 48 };
  for (let column = 3; column <= Math.max(4, mostSeries(groups) + 2); column++) widths[column] = SERIES_WIDTH;
  return widths;
}

function mostSeries(groups: readonly ChartGroup[]): number {
  return Math.max(0, ...groups.map((g) => g.series.length));
}
