import { WorkbookUnusableError } from '../errors';
import type { MemberRegistry } from '../members/registry';
import { indexItems } from '../questionnaire/lookup';
import type { Questionnaire } from '../questionnaire/types';
import { findRegion, type Region } from '../workbook/region';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { SurveyResponses } from './model';
import { readResponsesRegion } from './responses-sheet';
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
export function findResponses(workbook: WorkbookSnapshot): Region | undefined {
  return findRegion(workbook, { table: RESPONSES, sheet: RESPONSES });
}
