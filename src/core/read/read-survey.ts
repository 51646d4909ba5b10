import { WorkbookUnusableError } from '../errors';
import type { MemberRegistry } from '../members/registry';
import { indexItems } from '../questionnaire/lookup';
import type { Questionnaire } from '../questionnaire/types';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import type { SurveyResponses } from './model';
import { readResponsesRegion, type ResponsesRegion } from './responses-sheet';
import { isSubmissionSheet, readSubmissionSheet } from './submission-sheet';

export const RESPONSES = 'Responses';

/**
 * Reads every submission of a workbook: the `Responses` table (or sheet) and every
 * one-Member submission sheet. Throws only when there is nothing to read at all.
 */
export function readSurvey(
  workbook: WorkbookSnapshot,
  questionnaire: Questionnaire,
  registry: MemberRegistry,
): SurveyResponses {
  const items = indexItems(questionnaire);
  const region = findResponses(workbook);
  const table = region ? readResponsesRegion(region, items, registry) : undefined;
  const sheets = workbook.sheets.filter(isSubmissionSheet).map((s) => readSubmissionSheet(s, items, registry));
  const submissions = [...(table?.submissions ?? []), ...sheets.map((s) => s.submission)];
  if (submissions.length === 0) {
    throw new WorkbookUnusableError('no-responses', region ? { sheet: region.sheet.name } : {});
  }
  return { sources: [...(table ? [table.source] : []), ...sheets.map((s) => s.source)], submissions };
}

/** A table named `Responses` on any sheet; else a sheet named `Responses`, from its first non-empty row. */
export function findResponses(workbook: WorkbookSnapshot): ResponsesRegion | undefined {
  const same = (name: string) => name.trim().toLowerCase() === RESPONSES.toLowerCase();
  for (const sheet of workbook.sheets) {
    const table = sheet.tables.find((t) => same(t.name));
    if (table) {
      const { top, left, right } = table.range;
      const bottom = table.range.bottom - (table.hasTotalsRow ? 1 : 0);
      return { sheet, top, left, bottom, right };
    }
  }
  const sheet = workbook.sheets.find((s) => same(s.name));
  return sheet && sheetRegion(sheet);
}

function sheetRegion(sheet: SheetSnapshot): ResponsesRegion | undefined {
  const top = sheet.rows.findIndex((row) => row?.some((cell) => cell !== undefined)) + 1;
  if (top === 0) return undefined;
  const right = sheet.rows.reduce((widest, row) => Math.max(widest, row?.length ?? 0), 0);
  return { sheet, top, left: 1, bottom: sheet.rows.length, right };
}
