import type { SurveyAnalysis } from '../analyse/analyse-survey';
import type { Difference, MemberComparison } from '../analyse/compare';
import type { Language } from '../i18n/language';
import { REGIONS } from '../members/regions';
import type { Item } from '../questionnaire/types';
import type { RegionCode } from '../members/types';
import { ANSWER_COLUMNS, answerCells, answerLabel, orNull } from './answer-columns';
import type { BlockPlan, NumberFormat, PlanValue, SheetPlan, TablePlan } from './plan';
import { WORDS } from './words';

export const COMPARISON = 'Comparison';

/** What else to compare with, besides the 1998 report's published figures. */
export interface ComparisonRequest {
  readonly member?: MemberComparison;
  readonly region?: { readonly region: RegionCode; readonly differences: readonly Difference[] };
  readonly round?: { readonly name: string; readonly differences: readonly Difference[] };
}

interface Part {
  readonly heading: string;
  readonly table: Omit<TablePlan, 'top' | 'left'>;
  readonly note?: string;
}

const UNFORMATTED = ANSWER_COLUMNS.map(() => undefined);

/** The parts one under the other, each a heading, a table and perhaps a note. */
export function comparisonSheet(analysis: SurveyAnalysis, request: ComparisonRequest, lang: Language): SheetPlan {
  const parts = [
    request.member && memberPart(request.member, lang),
    request.region && regionPart(request.region.region, request.region.differences, lang),
    request.round && roundPart(request.round.name, request.round.differences, lang),
    hasPublishedFigures(analysis) ? publishedPart(analysis, lang) : undefined,
  ].filter((p): p is Part => p !== undefined);
  const blocks: BlockPlan[] = [{ top: 1, left: 1, rows: [[WORDS[lang].comparisonTitle]], style: 'title' }];
  const tables: TablePlan[] = [];
  let top = 3;
  for (const part of parts) {
    blocks.push({ top, left: 1, rows: [[part.heading]], style: 'heading' });
    if (part.note) blocks.push({ top: top + 1, left: 1, rows: [[part.note]], style: 'note' });
    const tableTop = top + (part.note ? 2 : 1);
    tables.push({ ...part.table, top: tableTop, left: 1 });
    top = tableTop + Math.max(part.table.rows.length, 1) + 3;
  }
  return { name: COMPARISON, blocks, tables, charts: [], columnWidths: { 1: 8, 2: 9, 3: 50, 4: 20, 5: 14, 6: 14, 7: 14, 8: 12, 9: 12 } };
}

function publishedPart(analysis: SurveyAnalysis, lang: Language): Part {
  const rows = analysis.published
    .filter((p) => p.result.item.scale.reported.length > 0 && sectionCharted(analysis, p.result.item.sectionId))
    .map((p) => [...answerCells(p.result, lang), orNull(p.result.percent), orNull(p.published), orNull(p.points)]);
  const approximate = analysis.published.filter((p) => p.approximate).map((p) => p.result.item.id);
  return {
    heading: WORDS[lang].publishedHeading,
    ...(approximate.length ? { note: WORDS[lang].approximate(approximate.join(', ')) } : {}),
    table: {
      name: 'PublishedComparison',
      columns: [...ANSWER_COLUMNS, 'Percent', 'Published', 'Difference (pp)'],
      rows,
      formats: [...UNFORMATTED, 'percent', 'percent', 'points'],
    },
  };
}

/** The 1998 questionnaire has the report's figures; a questionnaire defined by XLSForm has none. */
function hasPublishedFigures(analysis: SurveyAnalysis): boolean {
  return analysis.questionnaire.sections.some((s) => s.items.some((i) => i.published));
}

function sectionCharted(analysis: SurveyAnalysis, sectionId: string): boolean {
  return analysis.questionnaire.sections.some((s) => s.id === sectionId && s.chart !== undefined);
}

function memberPart(comparison: MemberComparison, lang: Language): Part {
  const rows = comparison.answers.map((a): PlanValue[] => [
    ...answerCells(a.all, lang),
    a.choice === undefined ? null : memberChoice(a.all.item, a.choice, lang),
    a.gives === undefined ? null : a.gives ? 1 : 0,
    orNull(a.all.percent),
    orNull(a.region.percent),
    a.all.base,
    a.region.base,
  ]);
  return {
    heading: WORDS[lang].memberHeading(comparison.member.name[lang]),
    ...(comparison.counted ? {} : { note: WORDS[lang].notCounted }),
    table: {
      name: 'MemberComparison',
      columns: [...ANSWER_COLUMNS, 'Member answer', 'Member gives', 'All percent', 'Region percent', 'All base', 'Region base'],
      rows,
      formats: [...UNFORMATTED, undefined, 'integer', 'percent', 'percent', 'integer', 'integer'],
    },
  };
}

/** The Member's answer in the language: a `select_multiple`'s choices each labelled, separated by commas. */
function memberChoice(item: Item, choice: string, lang: Language): string {
  const names = item.type === 'select_multiple' ? choice.split(' ') : [choice];
  return names.map((answer) => answerLabel({ item, answer }, lang)).join(', ');
}

const DIFFERENCE_FORMATS: (NumberFormat | undefined)[] = [...UNFORMATTED, 'percent', 'percent', 'points', 'integer', 'integer'];

function differenceRows(differences: readonly Difference[], lang: Language): PlanValue[][] {
  return differences.map((d) => [
    ...answerCells(d.subject, lang),
    orNull(d.subject.percent),
    orNull(d.reference?.percent),
    orNull(d.points),
    d.subject.base,
    d.reference?.base ?? null,
  ]);
}

function regionPart(region: RegionCode, differences: readonly Difference[], lang: Language): Part {
  return {
    heading: WORDS[lang].regionHeading(REGIONS[region][lang]),
    table: {
      name: 'RegionComparison',
      columns: [...ANSWER_COLUMNS, 'Region percent', 'All percent', 'Difference (pp)', 'Region base', 'All base'],
      rows: differenceRows(differences, lang),
      formats: DIFFERENCE_FORMATS,
    },
  };
}

function roundPart(name: string, differences: readonly Difference[], lang: Language): Part {
  return {
    heading: WORDS[lang].roundHeading(name),
    table: {
      name: 'RoundComparison',
      columns: [...ANSWER_COLUMNS, 'This round', 'Other round', 'Change (pp)', 'This base', 'Other base'],
      rows: differenceRows(differences, lang),
      formats: DIFFERENCE_FORMATS,
    },
  };
}
