import type { Issue } from '../check/issue';
import { isQuestion } from '../questionnaire/lookup';
import type { Questionnaire } from '../questionnaire/types';
import { editDistance } from '../text/distance';
import type { CellRef } from '../workbook/address';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { FormIssues } from './form-issues';
import { CHOICES, formSheet, FORM_SETTINGS, lookalikeSheet, SURVEY } from './form-sheets';
import { formTable, headerRef } from './form-table';
import { formLanguage, type FormLanguage } from './languages';
import { readChoices, type ChoiceList } from './read-choices';
import { readFormSettings } from './read-form-settings';
import { readSurveySheet, type SurveyReading } from './read-survey-sheet';
import type { Choices } from './survey-rows';

/** A questionnaire read from an XLSForm, and every problem of the form, each at its cell. */
export interface FormReading {
  /** As much of the form as could be read: a row in error is left out. */
  readonly questionnaire: Questionnaire;
  readonly issues: readonly Issue[];
}

/** Reads the `survey`, `choices` and `settings` sheets of a workbook (pure: the workbook is already read). */
export function readXlsForm(workbook: WorkbookSnapshot): FormReading {
  const issues = new FormIssues();
  const settings = readFormSettings(formSheet(workbook, FORM_SETTINGS));
  const language = settings.defaultLanguage ? formLanguage(settings.defaultLanguage) : undefined;
  const reading = readSurvey(workbook, language, issues);
  const title = settings.title ?? settings.id ?? 'XLSForm';
  return {
    questionnaire: {
      id: settings.id ?? 'xlsform',
      title: { en: title, fr: title },
      sections: reading.sections,
      form: {
        ...(settings.version ? { version: settings.version } : {}),
        ...(settings.defaultLanguage ? { defaultLanguage: settings.defaultLanguage } : {}),
        ...(reading.member ? { member: reading.member } : {}),
        unanalysed: reading.unanalysed,
      },
    },
    issues: issues.list,
  };
}

function readSurvey(workbook: WorkbookSnapshot, language: FormLanguage | undefined, issues: FormIssues): SurveyReading {
  const sheet = formSheet(workbook, SURVEY);
  if (!sheet) {
    const lookalike = lookalikeSheet(workbook, SURVEY);
    const ref = { sheet: lookalike?.name ?? workbook.sheets[0]?.name ?? SURVEY, cell: 'A1' };
    issues.report({ code: 'form-missing-sheet', sheet: SURVEY, ...(lookalike ? { suggestion: lookalike.name } : {}) }, ref);
    return { sections: [], unanalysed: [] };
  }
  const table = formTable(sheet);
  const reading = readSurveySheet(table, choicesOf(workbook, language, issues), language, issues);
  // Where rows are in error, their issues already say why nothing could be read.
  const asked = reading.sections.some((s) => s.items.some(isQuestion)) || reading.member !== undefined;
  if (!asked && issues.list.every((i) => i.severity !== 'error')) issues.report({ code: 'form-no-questions' }, headerRef(table));
  return reading;
}

function choicesOf(workbook: WorkbookSnapshot, language: FormLanguage | undefined, issues: FormIssues): Choices {
  const sheet = formSheet(workbook, CHOICES);
  const lists: ReadonlyMap<string, ChoiceList> = sheet ? readChoices(formTable(sheet), language, issues) : new Map();
  let sheetReported = false;
  return {
    list: (name) => lists.get(name),
    reportMissing(list: string, ref: CellRef, question: string) {
      if (sheet || !list) {
        const suggestion = nearestList(list, lists);
        issues.report({ code: 'form-missing-list', list, ...(suggestion ? { suggestion } : {}) }, ref, question);
      } else if (!sheetReported) {
        const lookalike = lookalikeSheet(workbook, CHOICES);
        issues.report({ code: 'form-missing-sheet', sheet: CHOICES, ...(lookalike ? { suggestion: lookalike.name } : {}) }, ref, question);
        sheetReported = true;
      }
    },
  };
}

/** The list a misspelt name most likely means: one or two slips away, or the same in another case. */
function nearestList(name: string, lists: ReadonlyMap<string, ChoiceList>): string | undefined {
  if (!name) return undefined;
  const scored = [...lists.keys()].map((list) => ({ list, distance: editDistance(list.toLowerCase(), name.toLowerCase()) }));
  return scored.filter((s) => s.distance <= 2).sort((a, b) => a.distance - b.distance)[0]?.list;
}
