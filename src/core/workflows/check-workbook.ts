import { checkSurvey, type CheckProgress } from '../check/check-survey';
import { SEVERITY, type Issue } from '../check/issue';
import { withUncalculatedFormulas } from '../check/uncalculated';
import { checkIndicators, readIndicators, type CrmIndicators } from '../crm';
import { REGISTRY_1998 } from '../members';
import type { Item, Questionnaire } from '../questionnaire/types';
import { asksAnything, questionnaireOf } from './questionnaire-source';
import type { SurveyResponses } from '../read/model';
import { readSurvey } from '../read/read-survey';
import { readSettings, type SettingProblem, type Settings, type SettingsReading } from '../settings/read-settings';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { formSheetNames } from '../xlsform/form-sheets';
import type { FormReading } from '../xlsform/read-xlsform';
import { memberQuestionNamed, memberQuestions, withMemberQuestion } from '../xlsform/member-question';
import { RequestError } from '../request-error';
import { WorkbookUnusableError } from '../errors';
import { assertHoldsData } from '../workbook/holds-data';
import { refText } from '../workbook/ref-text';

export const registry = REGISTRY_1998;

const NO_RESPONSES: SurveyResponses = { sources: [], submissions: [] };

export interface WorkbookCheck {
  /** The built-in 1998 questionnaire, or the one an XLSForm defines. */
  readonly questionnaire: Questionnaire;
  /** An XLSForm's questions that could name the Member (select_one, text), whichever is chosen; none for the built-in questionnaire. */
  readonly memberQuestions: readonly Item[];
  /** The XLSForm's own issues, when the questionnaire is one's. */
  readonly formIssues: readonly Issue[];
  /** Empty when the form is too broken to ask anything. */
  readonly survey: SurveyResponses;
  readonly settings: Settings;
  /** The cell of each setting the Settings sheet gives. */
  readonly settingCells: SettingsReading['cells'];
  readonly crm: CrmIndicators;
  /** The survey's own issues: those that keep a submission out of the counts. */
  readonly surveyIssues: readonly Issue[];
  /** Every issue of the workbook: the form, Settings sheet, survey, CRM indicators, in that order. */
  readonly issues: readonly Issue[];
}

/** What a user asks of `check` besides the workbook: they win over the workbook's own. */
export interface CheckRequest {
  /** A workbook whose XLSForm defines the questionnaire, instead of the workbook's own or the built-in one. */
  readonly form?: WorkbookSnapshot;
  /** The XLSForm question naming the Member, over the Settings sheet's `Member question`. */
  readonly memberQuestion?: string;
  readonly onChecked?: CheckProgress;
}

/**
 * What `check` does: read every input sheet of the workbook and name every problem at its cell,
 * against the questionnaire of the request's form (another workbook's XLSForm), of the workbook's
 * own XLSForm, or the built-in one.
 */
export function checkWorkbook(all: WorkbookSnapshot, today: number, request: CheckRequest = {}): WorkbookCheck {
  return checkAgainst(all, today, questionnaireOf(usersOf(all), request.form), request.memberQuestion, request.onChecked);
}

/** `check` against a questionnaire already read: a second round is checked against the first's. */
export function checkAgainst(all: WorkbookSnapshot, today: number, reading: FormReading, memberQuestion?: string, onChecked?: CheckProgress): WorkbookCheck {
  assertHoldsData(all);
  const workbook = inputsOf(all);
  const { questionnaire, settings, cells, problems } = withSettings(all, reading.questionnaire, memberQuestion);
  const formIssues = reading.issues;
  const survey = asksAnything(questionnaire) ? readSurvey(workbook, questionnaire, registry) : NO_RESPONSES;
  const crm = readIndicators(workbook, registry);
  const surveyIssues = checkSurvey(survey, questionnaire, { today, ...(onChecked ? { onChecked } : {}) });
  const issues = withUncalculatedFormulas([...formIssues, ...problems.map(settingIssue), ...surveyIssues, ...checkIndicators(crm)], workbook);
  return {
    questionnaire,
    memberQuestions: memberQuestions(reading.questionnaire),
    formIssues,
    survey,
    settings,
    settingCells: cells,
    crm,
    surveyIssues,
    issues,
  };
}

/**
 * The questionnaire `check` reads a workbook against, whether or not it holds responses yet: what a
 * submission template is made from and imported files are read against. A form in error is refused.
 */
export function usableQuestionnaire(all: WorkbookSnapshot, request: CheckRequest = {}): Questionnaire {
  const reading = questionnaireOf(usersOf(all), request.form);
  refuseBrokenForm(reading.issues);
  return withSettings(all, reading.questionnaire, request.memberQuestion).questionnaire;
}

/** Percentages or templates from a form in error would mislead: the work stops, pointing at its first error. */
export function refuseBrokenForm(issues: readonly Issue[]): void {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new WorkbookUnusableError('form-errors', { errors: errors.length, cell: refText(errors[0].ref) });
}

/** The Settings sheet, and the questionnaire with the Member question it or the request names. */
function withSettings(all: WorkbookSnapshot, read: Questionnaire, memberQuestion: string | undefined) {
  // The task pane keeps its settings in a Settings sheet of its own: it is read whoever wrote it.
  const { settings, cells, problems } = readSettings(withoutForm(all), read);
  return { questionnaire: withMemberNamed(read, memberQuestion ?? settings.memberQuestion), settings, cells, problems };
}

/** The questionnaire with the Member named by the question a user chose, which must be one that can. */
function withMemberNamed(questionnaire: Questionnaire, name: string | undefined): Questionnaire {
  if (name === undefined) return questionnaire;
  const question = memberQuestionNamed(questionnaire, name);
  if (!question) {
    const questions = memberQuestions(questionnaire).map((i) => i.id);
    throw new RequestError({ reason: 'unknown-member-question', name, questions, form: questionnaire.form !== undefined });
  }
  return withMemberQuestion(questionnaire, question);
}

function settingIssue(p: SettingProblem): Issue {
  return p.kind === 'unknown-setting'
    ? { code: 'unknown-setting', setting: p.setting, severity: SEVERITY['unknown-setting'], ref: p.ref }
    : { code: 'invalid-setting', setting: p.setting, value: p.value, severity: SEVERITY['invalid-setting'], ref: p.ref };
}

/** The user's sheets: the add-in's own (Summary, CRM Summary…) are never read back as input. */
function usersOf(workbook: WorkbookSnapshot): WorkbookSnapshot {
  return { sheets: workbook.sheets.filter((s) => !s.owned) };
}

/** The user's sheets but those of an XLSForm, which define the questionnaire and hold no answers. */
function inputsOf(workbook: WorkbookSnapshot): WorkbookSnapshot {
  return withoutForm(usersOf(workbook));
}

/** An XLSForm's `settings` sheet is the form's, not the add-in's `Settings`. */
function withoutForm(workbook: WorkbookSnapshot): WorkbookSnapshot {
  const form = formSheetNames(usersOf(workbook));
  return { sheets: workbook.sheets.filter((s) => !form.includes(s.name)) };
}
