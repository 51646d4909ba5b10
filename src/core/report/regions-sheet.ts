import type { SurveyAnalysis } from '../analyse/analyse-survey';
import type { Language } from '../i18n/language';
import { REGION_CODES, REGIONS } from '../members/regions';
import { ANSWER_COLUMNS, answerCells } from './answer-columns';
import type { NumberFormat, PlanValue, SheetPlan } from './plan';
import { WORDS } from './words';

export const REGIONS_SHEET = 'Regions';
export const REGION_PERCENTAGES = 'RegionPercentages';

/**
 * Item × region: each region's percent and base. A percent whose base is under the minimum
 * is left blank (suppressed) and its base still shown, so no one reads a fragile figure.
 */
export function regionsSheet(analysis: SurveyAnalysis, lang: Language): SheetPlan {
  const words = WORDS[lang];
  const columns = [...ANSWER_COLUMNS, ...REGION_CODES.flatMap((code) => [`${code} Percent`, `${code} Base`])];
  const rows = analysis.results.map((result, i) => [
    ...answerCells(result, lang),
    ...analysis.regions.flatMap((region): PlanValue[] => {
      const a = region.answers[i];
      return [a.tooSmall || a.percent === undefined ? null : a.percent, a.base];
    }),
  ]);
  const formats: (NumberFormat | undefined)[] = [
    ...ANSWER_COLUMNS.map(() => undefined),
    ...REGION_CODES.flatMap(() => ['percent' as const, 'integer' as const]),
  ];
  const legend = analysis.regions.map((r) => [r.region, REGIONS[r.region][lang], r.respondents]);
  const top = rows.length + 4;
  return {
    name: REGIONS_SHEET,
    tables: [{ name: REGION_PERCENTAGES, top: 1, left: 1, columns, rows, formats }],
    blocks: [
      { top: top - 1, left: 1, rows: [[words.regionsNote(analysis.options.minimumBase)]], style: 'note' },
      { top: top + 1, left: 1, rows: [[words.regionsTitle]], style: 'heading' },
      { top: top + 2, left: 1, rows: legend, formats: [undefined, undefined, 'integer'] },
    ],
    charts: [],
    freeze: { rows: 1, columns: 4 },
    columnWidths: { 1: 8, 2: 9, 3: 50, 4: 20 },
  };
}
