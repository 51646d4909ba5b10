import type { SurveyAnalysis } from '../analyse/analyse-survey';
import { shownPercent } from '../analyse/small-base';
import type { Language } from '../i18n/language';
import { REGION_CODES, REGIONS } from '../members/regions';
import { ANSWER_COLUMNS, answerCells, orNull } from './answer-columns';
import type { NumberFormat, PlanValue, SheetPlan } from './plan';
import { intervalCells, INTERVAL_FORMATS } from './interval-columns';
import { WORDS } from './words';

export const REGIONS_SHEET = 'Regions';
export const REGION_PERCENTAGES = 'RegionPercentages';
const REGION_COLUMN_WIDTH = 10;

/**
 * Item × region: each region's percent and base, then each region's interval. A percent whose base is
 * under the minimum is left blank (the small-base rule), its interval too, and its base still shown,
 * so no one reads a fragile figure.
 */
export function regionsSheet(analysis: SurveyAnalysis, lang: Language): SheetPlan {
  const words = WORDS[lang];
  // Each region's interval after every region's percent and base: columns are only appended to a contracted table.
  const columns = [
    ...ANSWER_COLUMNS,
    ...REGION_CODES.flatMap((code) => [`${code} Percent`, `${code} Base`]),
    ...REGION_CODES.flatMap((code) => [`${code} Low`, `${code} High`]),
  ];
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
  const top = rows.length + 5;
  return {
    name: REGIONS_SHEET,
    tables: [{ name: REGION_PERCENTAGES, top: 1, left: 1, columns, rows, formats }],
    blocks: [
      { top: top - 2, left: 1, rows: [[words.smallBaseNote(analysis.options.minimumBase)]], style: 'note' },
      { top: top - 1, left: 1, rows: [[words.regionIntervalsNote(analysis.options.regionPopulations !== undefined)]], style: 'note' },
      { top: top + 1, left: 1, rows: [[words.regionsTitle]], style: 'heading' },
      // Under Question and Label, whose widths the long region names then share: the sheet stays one page wide.
      { top: top + 2, left: 2, rows: legend, formats: [undefined, undefined, 'integer'] },
    ],
    charts: [],
    freeze: { rows: 1, columns: 4 },
    // A region's columns as narrow as their figures: each header wraps at its space ("AM" over "Percent"), so that the sheet prints one page wide.
    columnWidths: { 3: 36, ...Object.fromEntries(columns.slice(ANSWER_COLUMNS.length).map((_, i) => [ANSWER_COLUMNS.length + 1 + i, REGION_COLUMN_WIDTH])) },
  };
}
