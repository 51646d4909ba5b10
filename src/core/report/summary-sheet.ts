import type { SurveyAnalysis } from '../analyse/analyse-survey';
import type { Language } from '../i18n/language';
import type { Member } from '../members/types';
import { displayCell } from '../workbook/display';
import { refText } from '../workbook/ref-text';
import { ANSWER_COLUMNS, answerCells, orNull } from './answer-columns';
import type { BlockPlan, SheetPlan } from './plan';
import { WORDS } from './words';

export const SUMMARY = 'Summary';
export const SURVEY_SUMMARY = 'SurveySummary';
const COLUMNS = [...ANSWER_COLUMNS, 'Count', 'Base', 'Percent'];
/** The headline figures stand beside the table, so that its header row can stay frozen. */
const HEADLINE_COLUMN = COLUMNS.length + 2;

export function summarySheet(analysis: SurveyAnalysis, lang: Language): SheetPlan {
  return {
    name: SUMMARY,
    tables: [
      {
        name: SURVEY_SUMMARY,
        top: 1,
        left: 1,
        columns: COLUMNS,
        rows: analysis.results.map((r) => [...answerCells(r, lang), r.count, r.base, orNull(r.percent)]),
        formats: [undefined, undefined, undefined, undefined, 'integer', 'integer', 'percent'],
      },
    ],
    blocks: headlineBlocks(analysis, lang),
    charts: [],
    freeze: { rows: 1, columns: 0 },
    columnWidths: { 1: 8, 2: 9, 3: 62, 4: 20, 5: 7, 6: 7, 7: 9, [HEADLINE_COLUMN]: 48, [HEADLINE_COLUMN + 1]: 28 },
  };
}

function headlineBlocks(analysis: SurveyAnalysis, lang: Language): BlockPlan[] {
  const words = WORDS[lang];
  const { headline, options, selection } = analysis;
  const left = HEADLINE_COLUMN;
  const figures: [string, number][] = [
    [words.respondentsCounted, headline.respondentsCounted],
    [options.firstResponses ? words.excludedByCutoff(options.firstResponses) : words.excludedByCutoff(headline.respondentsCounted), headline.excludedByCutoff],
    [words.excludedForErrors, headline.excludedForErrors],
    [words.membersInRegistry, headline.membersInRegistry],
    [words.membersResponding, headline.membersResponding],
  ];
  const blocks: BlockPlan[] = [
    { top: 1, left, rows: [[words.summaryTitle]], style: 'title' },
    { top: 2, left, rows: figures, formats: [undefined, 'integer'] },
    { top: 7, left, rows: [[words.responseRate, headline.responseRate]], formats: [undefined, 'percent1'] },
    { top: 8, left, rows: [[words.base, { answered: words.baseAnswered, respondents: words.baseRespondents, applicable: words.baseApplicable }[options.base]]] },
  ];
  let top = 10;
  if (selection.undated.length > 0) {
    blocks.push({ top, left, rows: [[words.undated(selection.undated.map((r) => r.member.name[lang]).join(', '))]], style: 'note' });
    top += 2;
  }
  if (selection.excludedForErrors.length > 0) {
    blocks.push({ top, left, rows: [[words.leftOut]], style: 'heading' });
    blocks.push({
      top: top + 1,
      left,
      rows: selection.excludedForErrors.map((e) => [submissionName(e.submission.member, lang, refText(e.submission.ref)), e.reasons.join(', ')]),
    });
  }
  return blocks;
}

type MemberCell = SurveyAnalysis['selection']['excludedForErrors'][number]['submission']['member'];

/** "Malta (Responses!A5)"; the name as written when it is no Member's; the cell alone when blank. */
function submissionName(cell: MemberCell, lang: Language, where: string): string {
  if (cell?.kind !== 'named') return where;
  const member: Member | undefined = cell.parsed.kind === 'found' ? cell.parsed.member : undefined;
  return `${member ? member.name[lang] : displayCell(cell.raw)} (${where})`;
}
