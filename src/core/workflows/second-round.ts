import { registry } from './check-workbook';
import { WorkbookUnusableError } from '../errors';
import { questionnaireOf } from './questionnaire-source';
import type { Questionnaire } from '../questionnaire/types';
import { indexItems } from '../questionnaire/lookup';
import { readSurvey, responsesRegion, RESPONSES } from '../read/read-survey';
import { isSubmissionSheet } from '../read/submission-sheet';
import type { WorkbookSnapshot } from '../workbook/snapshot';

/**
 * A second survey round kept on another sheet of the same workbook, as a workbook of its own
 * (what `analyseWorkbook` takes as `otherRound`): that sheet alone, read as its `Responses`
 * (its one table, if it has exactly one, else from its first non-empty row).
 */
export function roundOfSheet(workbook: WorkbookSnapshot, sheetName: string): WorkbookSnapshot {
  const sheet = workbook.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new WorkbookUnusableError('no-responses', { sheet: sheetName });
  const tables = sheet.tables.length === 1 ? [{ ...sheet.tables[0], name: RESPONSES }] : [];
  return { sheets: [{ name: RESPONSES, rows: sheet.rows, tables }] };
}

/**
 * The sheets that could hold another round: the user's own, other than this round's responses and
 * submission sheets, on which a Member column and at least one answered question can be read.
 */
export function otherRoundSheets(workbook: WorkbookSnapshot): string[] {
  const { questionnaire } = questionnaireOf({ sheets: workbook.sheets.filter((s) => !s.owned) });
  const current = responsesRegion(workbook, indexItems(questionnaire))?.sheet.name;
  return workbook.sheets
    .filter((s) => !s.owned && s.name !== current && !isSubmissionSheet(s))
    .filter((s) => hasAnswers(roundOfSheet(workbook, s.name), questionnaire))
    .map((s) => s.name);
}

function hasAnswers(round: WorkbookSnapshot, questionnaire: Questionnaire): boolean {
  try {
    return readSurvey(round, questionnaire, registry).submissions.some((s) => s.member && s.answers.length > 0);
  } catch (error) {
    if (error instanceof WorkbookUnusableError) return false;
    throw error;
  }
}
