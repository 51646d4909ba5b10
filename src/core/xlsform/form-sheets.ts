import { editDistance } from '../text/distance';
import { fold } from '../text/fold';
import { sameExcelName } from '../workbook/excel-names';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { formTable } from './form-table';

/** The sheets of an XLSForm, named so in any case. */
export const SURVEY = 'survey';
export const CHOICES = 'choices';
export const FORM_SETTINGS = 'settings';

export function formSheet(workbook: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return workbook.sheets.find((s) => sameExcelName(s.name.trim(), name));
}

/** A sheet whose name looks like a slip for `name`: "choice", "Choices list", "Survey 1". */
export function lookalikeSheet(workbook: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return workbook.sheets.find((s) =>
    fold(s.name)
      .split(' ')
      .some((word) => editDistance(word, name) <= 2),
  );
}

/** Whether a workbook holds an XLSForm: a `survey` sheet whose header row has a `type` column. */
export function hasXlsForm(workbook: WorkbookSnapshot): boolean {
  const survey = formSheet(workbook, SURVEY);
  return survey !== undefined && formTable(survey).columns.some((c) => c.key === 'type');
}

/** The sheets a workbook's own XLSForm takes: never read as responses, settings or indicators. */
export function formSheetNames(workbook: WorkbookSnapshot): string[] {
  if (!hasXlsForm(workbook)) return [];
  return [SURVEY, CHOICES, FORM_SETTINGS].flatMap((name) => formSheet(workbook, name)?.name ?? []);
}
