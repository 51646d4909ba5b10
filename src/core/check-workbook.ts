import { checkSurvey } from './check/check-survey';
import { SEVERITY, type Issue } from './check/issue';
import { checkIndicators, readIndicators, type CrmIndicators } from './crm';
import { REGISTRY_1998 } from './members';
import { SURVEY_1998 } from './questionnaire/survey-1998';
import type { SurveyResponses } from './read/model';
import { readSurvey } from './read/read-survey';
import { readSettings, type SettingProblem, type Settings } from './settings/read-settings';
import type { WorkbookSnapshot } from './workbook/snapshot';

export const questionnaire = SURVEY_1998;
export const registry = REGISTRY_1998;

export interface WorkbookCheck {
  readonly survey: SurveyResponses;
  readonly settings: Settings;
  readonly crm: CrmIndicators;
  /** The survey's own issues: those that keep a submission out of the counts. */
  readonly surveyIssues: readonly Issue[];
  /** Every issue of the workbook: Settings sheet, survey, CRM indicators, in that order. */
  readonly issues: readonly Issue[];
}

/** What `check` does: read every input sheet of the workbook and name every problem at its cell. */
export function checkWorkbook(all: WorkbookSnapshot, today: number): WorkbookCheck {
  const workbook = inputsOf(all);
  const survey = readSurvey(workbook, questionnaire, registry);
  // The task pane keeps its settings in a Settings sheet of its own: it is read whoever wrote it.
  const { settings, problems } = readSettings(all);
  const crm = readIndicators(workbook, registry);
  const surveyIssues = checkSurvey(survey, questionnaire, { today });
  return { survey, settings, crm, surveyIssues, issues: [...problems.map(settingIssue), ...surveyIssues, ...checkIndicators(crm)] };
}

function settingIssue(p: SettingProblem): Issue {
  return p.kind === 'unknown-setting'
    ? { code: 'unknown-setting', setting: p.setting, severity: SEVERITY['unknown-setting'], ref: p.ref }
    : { code: 'invalid-setting', setting: p.setting, value: p.value, severity: SEVERITY['invalid-setting'], ref: p.ref };
}

/** The user's sheets only: the add-in's own (Summary, CRM Summary…) are never read back as input. */
function inputsOf(workbook: WorkbookSnapshot): WorkbookSnapshot {
  return { sheets: workbook.sheets.filter((s) => !s.owned) };
}
