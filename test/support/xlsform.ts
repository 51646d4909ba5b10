import { REGISTRY_1998 } from '../../src/core/members';
import type { Questionnaire } from '../../src/core/questionnaire/types';
import { readSurvey } from '../../src/core/read/read-survey';
import type { SheetSnapshot } from '../../src/core/workbook/snapshot';
import { readXlsForm } from '../../src/core/xlsform/read-xlsform';
import { sheet, workbook, type Plain } from './snapshot';

/** The sheets of an XLSForm, each a header row then its rows, as a form author types them. */
export interface FormSheets {
  readonly survey: Plain[][];
  readonly choices?: Plain[][];
  readonly settings?: Plain[][];
}

export function formSheets({ survey, choices, settings }: FormSheets): SheetSnapshot[] {
  return [sheet('survey', survey), ...(choices ? [sheet('choices', choices)] : []), ...(settings ? [sheet('settings', settings)] : [])];
}

export function readForm(form: FormSheets, ...others: SheetSnapshot[]) {
  return readXlsForm(workbook(...formSheets(form), ...others));
}

/** The questionnaire of a form that must read without a single issue. */
export function formOf(form: FormSheets): Questionnaire {
  const { questionnaire, issues } = readForm(form);
  expect(issues).toEqual([]);
  return questionnaire;
}

export const itemsOf = (questionnaire: Questionnaire) => questionnaire.sections.flatMap((s) => s.items);

/** A Responses sheet read against a questionnaire. */
export function responsesTo(questionnaire: Questionnaire, rows: Plain[][]) {
  return readSurvey(workbook(sheet('Responses', rows)), questionnaire, REGISTRY_1998);
}

/**
 * A small integrity-survey form: a yes/no question, a select_multiple of measures, a staff count
 * with a constraint, a question asked only when the first is yes, and a date.
 */
export const INTEGRITY_FORM: FormSheets = {
  survey: [
    ['type', 'name', 'label::English (en)', 'label::French (fr)', 'required', 'relevant', 'constraint', 'constraint_message::English (en)'],
    ['select_one country', 'country', 'Member', 'Membre'],
    ['begin group', 'code', 'Code of conduct', 'Code de conduite'],
    ['select_one yes_no', 'has_code', 'Is there a code of conduct?', 'Existe-t-il un code de conduite ?', 'yes'],
    ['select_multiple measures', 'measures', 'Measures in place', 'Mesures en place', null, "${has_code} = 'yes'"],
    ['integer', 'staff', 'Staff trained', 'Personnel formé', null, null, '. >= 0 and . <= 10000', 'Between 0 and 10000.'],
    ['end group'],
    ['date', 'adopted', 'Date adopted', 'Date d’adoption', null, "selected(${measures}, 'code')"],
    ['note', 'thanks', 'Thank you', 'Merci'],
  ],
  choices: [
    ['list_name', 'name', 'label::English (en)', 'label::French (fr)'],
    ['yes_no', 'yes', 'Yes', 'Oui'],
    ['yes_no', 'no', 'No', 'Non'],
    ['measures', 'code', 'Code of conduct', 'Code de conduite'],
    ['measures', 'training', 'Training', 'Formation'],
    ['measures', 'rotation', 'Rotation of officials', 'Rotation des fonctionnaires'],
    ['country', 'MYS', 'Malaysia', 'Malaisie'],
    ['country', 'KEN', 'Kenya', 'Kenya'],
  ],
  settings: [
    ['form_title', 'form_id', 'version', 'default_language'],
    ['Integrity survey 2027', 'integrity_2027', '3', 'English (en)'],
  ],
};
