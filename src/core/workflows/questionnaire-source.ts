import { isQuestion } from '../questionnaire/lookup';
import { SURVEY_1998 } from '../questionnaire/survey-1998';
import type { Questionnaire } from '../questionnaire/types';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { hasXlsForm } from '../xlsform/form-sheets';
import { readXlsForm, type FormReading } from '../xlsform/read-xlsform';

/**
 * The questionnaire a workbook is checked and analysed against, with its form's own issues:
 * the XLSForm of `form` (another file) if one is given, else the workbook's own XLSForm if it has
 * one, else the built-in 1998 questionnaire.
 */
export function questionnaireOf(workbook: WorkbookSnapshot, form?: WorkbookSnapshot): FormReading {
  if (form) return readXlsForm(form);
  if (hasXlsForm(workbook)) return readXlsForm(workbook);
  return { questionnaire: SURVEY_1998, issues: [] };
}

/** Whether a questionnaire asks anything at all: a form so broken that none of it could be read does not. */
export function asksAnything(questionnaire: Questionnaire): boolean {
  return questionnaire.sections.some((s) => s.items.some(isQuestion));
}
