import type { SurveyAnalysis } from '../analyse/analyse-survey';
import { shownPercent } from '../analyse/small-base';
import type { Language } from '../i18n/language';
import { REGION_CODES, REGIONS } from '../members/regions';
import { ANSWER_COLUMNS, answerCells, orNull } from './answer-columns';
import type { NumberFormat, PlanValue, SheetPlan } from './plan';
import { intervalCells, INTERVAL_FORMATS } from './interval-columns';
import { FILTER_BUTTON, noteLines } from './table-layout';
import { WORDS } from './words';

export const REGIONS_SHEET = 'Regions';
export const REGION_PERCENTAGES = 'RegionPercentages';
/**
 * Each header wraps at its space ("AM" over "Percent"), and each of its words keeps whole beside the
 * table's filter button (LibreOffice wraps a header's text clear of it): "Percent" takes 10 characters,
 * a region's code as many as its capitals need; the figures under them ("100%", "36") take fewer. The
 * label wraps too. So narrow, each half of the table prints one page wide at about three quarters of full size.
 */
const PERCENT_WIDTH = 10;
const FIGURE_WIDTH = 7;
/** A capital letter's width at most, in Excel's characters (the width of a digit): "W" and "M" are nearly two. */
const CAPITAL_WIDTH = 1.5;
const LABEL_WIDTH = 28;
/** The answer's columns' width, in a note's smaller characters. */
const NOTE_WIDTH = 80;

/** A region's Base, Low and High: as wide as its code beside the filter button, and at least its figures' width. */
function regionColumnWidth(code: string): number {
  return Math.max(FIGURE_WIDTH, code.length * CAPITAL_WIDTH + FILTER_BUTTON);
}

/**
 * Item × region: each region's percent and base, then each region's interval. A percent whose base is
 * under the minimum is left blank (the small-base rule), its interval too, and its base still shown,
 * so no one reads a fragile figure.
 */
export function regionsSheet(analysis: SurveyAnalysis, lang: Language): SheetPlan {
  const words = WORDS[lang];
  // Each region's interval after every region's percent and base: columns are only appended to a contracted table.
  const figures = REGION_CODES.flatMap((code) => [
    { name: `${code} Percent`, width: PERCENT_WIDTH },
    { name: `${code} Base`, width: regionColumnWidth(code) },
  ]);
  const intervals = REGION_CODES.flatMap((code) => [
    { name: `${code} Low`, width: regionColumnWidth(code) },
    { name: `${code} High`, width: regionColumnWidth(code) },
  ]);
  const columns = [...ANSWER_COLUMNS, ...[...figures, ...intervals].map(({ name }) => name)];
  const rows = analysis.results.map((result, i) => [
    ...answerCells(result, lang),
    ...analysis.regions.flatMap((region): PlanValue[] => [orNull(shownPercent(region.answers[i])), region.answers[i].base]),
    ...analysis.regions.flatMap((region) => intervalCells(region.answers[i], analysis.options.minimumBase)),
  ]);
  const formats: (NumberFormat | undefined)[] = [
    ...ANSWER_COLUMNS.map(() => undefined),
    ...REGION_CODES.flatMap(() => ['percent' as const, 'integer' as const]),
    ...REGION_CODES.flatMap(() => INTERVAL_FORMATS),
  ];
  const legend = analysis.regions.map((r) => [r.region, REGIONS[r.region][lang], r.respondents]);
  // Lines as wide as the answer's columns, which print on both pages: a note runs on past them on the first only.
  const notes = [words.smallBaseNote(analysis.options.minimumBase), words.regionIntervalsNote(analysis.options.regionPopulations !== undefined)].flatMap(
    (note) => noteLines(note, NOTE_WIDTH),
  );
  const top = rows.length + 3 + notes.length;
  return {
    name: REGIONS_SHEET,
    tables: [{ name: REGION_PERCENTAGES, top: 1, left: 1, columns, rows, formats }],
    blocks: [
      { top: rows.length + 3, left: 1, rows: notes.map((line) => [line]), style: 'note' },
      { top: top + 1, left: 1, rows: [[words.regionsTitle]], style: 'heading' },
      // Under Question and Label, whose widths the long region names then share: the legend adds no width to the sheet.
      { top: top + 2, left: 2, rows: legend, formats: [undefined, undefined, 'integer'] },
    ],
    charts: [],
    // The answer's columns stay in view, and are printed on every page.
    freeze: { rows: 1, columns: ANSWER_COLUMNS.length },
    columnWidths: {
      [ANSWER_COLUMNS.indexOf('Label') + 1]: LABEL_WIDTH,
      ...Object.fromEntries([...figures, ...intervals].map(({ width }, i) => [ANSWER_COLUMNS.length + 1 + i, width])),
    },
    // Printed, a page of every region's percent and base, then a page of their intervals.
    columnBreaks: [ANSWER_COLUMNS.length + figures.length],
  };
}
