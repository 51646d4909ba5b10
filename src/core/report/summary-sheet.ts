import type { SurveyAnalysis } from '../analyse/analyse-survey';
import { reasonsText } from '../check/reasons';
import type { Language } from '../i18n/language';
import type { Member } from '../members/types';
import { visibleText } from '../text/fold';
import { displayCell } from '../workbook/display';
import { refText } from '../workbook/ref-text';
import { ANSWER_COLUMNS, answerCells, orNull } from './answer-columns';
import type { BlockPlan, SheetPlan } from './plan';
import { notesBlocks, sideRows } from './notes-block';
import { noteLines } from './table-layout';
import { intervalCells, INTERVAL_FORMATS } from './interval-columns';
import { WORDS } from './words';

export const SUMMARY = 'Summary';
export const SURVEY_SUMMARY = 'SurveySummary';
/** `Low` and `High`: the percent's 95 % interval (appended: the columns before them are a contract). */
const COLUMNS = [...ANSWER_COLUMNS, 'Count', 'Base', 'Percent', 'Low', 'High'];
/** The headline figures stand beside the table, so that its header row can stay frozen. */
const HEADLINE_COLUMN = COLUMNS.length + 2;
/**
 * The texts beside the figures are split into lines this wide, a line a row, rather than wrapped: a
 * wrapped cell would make its row, and so the table's row beside it, taller.
 */
const SIDE_TEXT_WIDTH = 42;
/** The empty column between the table and the figures: narrow, so that both print on one page. */
const GAP_WIDTH = 3;
/** The notes under the table run from the Answer column to the Percent column: lines this wide fit there. */
const NOTE_WIDTH = 56;

/** `today`: the day of the analysis, as an Excel serial, for the notes. */
export function summarySheet(analysis: SurveyAnalysis, lang: Language, today: number): SheetPlan {
  return {
    name: SUMMARY,
    tables: [
      {
        name: SURVEY_SUMMARY,
        top: 1,
        left: 1,
        columns: COLUMNS,
        rows: analysis.results.map((r) => [...answerCells(r, lang), r.count, r.base, orNull(r.percent), ...intervalCells(r, analysis.options.minimumBase)]),
        formats: [undefined, undefined, undefined, undefined, 'integer', 'integer', 'percent', ...INTERVAL_FORMATS],
      },
    ],
    blocks: headlineBlocks(analysis, lang, today),
    charts: [],
    freeze: { rows: 1, columns: 0 },
    // Sized so that the table and the figures beside it print on one landscape page; longer text wraps.
    columnWidths: { 3: 36, [HEADLINE_COLUMN - 1]: GAP_WIDTH, [HEADLINE_COLUMN + 1]: SIDE_TEXT_WIDTH },
  };
}

/** How many submissions returned empty the Summary names; the Validation sheet names every one. */
const EMPTY_NAMED = 10;

function headlineBlocks(analysis: SurveyAnalysis, lang: Language, today: number): BlockPlan[] {
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
  ];
  const base = sideRows(
    [[words.base, { answered: words.baseAnswered, respondents: words.baseRespondents, applicable: words.baseApplicable }[options.base]]],
    SIDE_TEXT_WIDTH,
  );
  blocks.push({ top: 8, left, rows: base });
  let top = 8 + base.length + 1;
  if (selection.undated.length > 0) {
    const lines = noteLines(words.undated(selection.undated.map((r) => r.member.name[lang]).join(', ')), SIDE_TEXT_WIDTH * 2);
    blocks.push({ top, left, rows: lines.map((line) => [line]), style: 'note' });
    top += lines.length + 1;
  }
  if (selection.returnedEmpty.length > 0) {
    const named = selection.returnedEmpty.slice(0, EMPTY_NAMED).map((s) => submissionName(s.member, lang, refText(s.ref)));
    const lines = noteLines(words.returnedEmpty(named.join(', '), selection.returnedEmpty.length - named.length), SIDE_TEXT_WIDTH * 2);
    blocks.push({ top, left, rows: lines.map((line) => [line]), style: 'note' });
    top += lines.length + 1;
  }
  if (selection.excludedForErrors.length > 0) {
    const rows = sideRows(
      selection.excludedForErrors.map((e) => [submissionName(e.submission.member, lang, refText(e.submission.ref)), reasonsText(e.reasons, lang)]),
      SIDE_TEXT_WIDTH,
    );
    blocks.push({ top, left, rows: [[words.leftOut]], style: 'heading' });
    blocks.push({ top: top + 1, left, rows });
  }
  blocks.push(...notesBlocks(analysis, lang, today, { top: analysis.results.length + 4, left: 1, labelColumn: 3, width: NOTE_WIDTH }));
  return blocks;
}

type MemberCell = SurveyAnalysis['selection']['excludedForErrors'][number]['submission']['member'];

/** "Malta (Responses!A5)"; the name as written when it is no Member's; the cell alone when blank. */
function submissionName(cell: MemberCell, lang: Language, where: string): string {
  if (cell?.kind !== 'named') return where;
  const member: Member | undefined = cell.parsed.kind === 'found' ? cell.parsed.member : undefined;
  return `${member ? member.name[lang] : visibleText(displayCell(cell.raw))} (${where})`;
}
