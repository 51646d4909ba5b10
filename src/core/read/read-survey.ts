import { WorkbookUnusableError } from '../errors';
import type { MemberRegistry } from '../members/registry';
import { indexItems, type ItemIndex } from '../questionnaire/lookup';
import type { Questionnaire } from '../questionnaire/types';
import { displayCell } from '../workbook/display';
import { findRegion, sheetRegion, type Region } from '../workbook/region';
import { cellAt, type WorkbookSnapshot } from '../workbook/snapshot';
import { isExportHeader } from './export-columns';
import { fieldOf } from './fields';
import type { SurveyResponses } from './model';
import { readResponsesRegion } from './responses-sheet';
import { isSubmissionSheet, readSubmissionSheet } from './submission-sheet';

export const RESPONSES = 'Responses';

/**
 * Reads every submission of a workbook: the `Responses` table (or sheet) and every
 * one-Member submission sheet. Throws only when there is nothing to read at all.
 */
export function readSurvey(workbook: WorkbookSnapshot, questionnaire: Questionnaire, registry: MemberRegistry): SurveyResponses {
  const items = indexItems(questionnaire);
  const region = responsesRegion(workbook, items);
  const table = region ? readResponsesRegion(region, items, registry) : undefined;
  const sheets = workbook.sheets.filter(isSubmissionSheet).map((s) => readSubmissionSheet(s, items, registry));
  const submissions = [...(table?.submissions ?? []), ...sheets.map((s) => s.submission)];
  if (submissions.length === 0) {
    const headerRow = table?.source.notes.find((n) => n.headerRow)?.headerRow;
    throw new WorkbookUnusableError('no-responses', region ? { sheet: region.sheet.name, ...(headerRow ? { headerRow } : {}) } : {});
  }
  return { sources: [...(table ? [table.source] : []), ...sheets.map((s) => s.source)], submissions };
}

/** A table named `Responses` on any sheet; else a sheet named `Responses`, from its first non-empty row. */
export function findResponses(workbook: WorkbookSnapshot): Region | undefined {
  return findRegion(workbook, { table: RESPONSES, sheet: RESPONSES });
}

/**
 * The region `readSurvey` reads: the `Responses` table or sheet; else, for an XLSForm questionnaire or
 * a sheet exported by KoboToolbox or ODK Central (which name the sheet after the form), the sheet
 * whose header row heads the most of the questionnaire's questions (the first of equals).
 */
export function responsesRegion(workbook: WorkbookSnapshot, items: ItemIndex): Region | undefined {
  const named = findResponses(workbook);
  if (named) return named;
  let best: { region: Region; score: number } | undefined;
  for (const sheet of workbook.sheets) {
    const region = !sheet.owned && !isSubmissionSheet(sheet) ? sheetRegion(sheet) : undefined;
    const score = region ? headedQuestions(region, items) : 0;
    if (region && score > (best?.score ?? 0)) best = { region, score };
  }
  return best?.region;
}

/** How many questions a region's header row heads, when it may be an export of the questionnaire's answers. */
function headedQuestions(region: Region, items: ItemIndex): number {
  const headers: string[] = [];
  for (let column = region.left; column <= region.right; column++) headers.push(displayCell(cellAt(region.sheet, region.top, column)));
  const exported = isExportHeader(headers);
  if (!exported && !items.questionnaire.form) return 0;
  const headed = new Set(
    headers.flatMap((header) => {
      const field = fieldOf(header, items, exported);
      return field.kind === 'question' || field.kind === 'option' ? [field.item] : [];
    }),
  );
  return headed.size;
}
