import { analyseSurvey } from '../../src/core/analyse/analyse-survey';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../../src/core/analyse/options';
import { checkSurvey } from '../../src/core/check/check-survey';
import { REGISTRY_1998 } from '../../src/core/members';
import { SURVEY_1998 } from '../../src/core/questionnaire/survey-1998';
import { readSurvey } from '../../src/core/read/read-survey';
import { serialOfUtc } from '../../src/core/workbook/serial';
import { sheet, workbook, type Plain } from './snapshot';

/** A Responses sheet of the given columns; each row is [Member, Received, ...answers]. */
export function responsesSheet(questions: readonly string[], rows: readonly (readonly Plain[])[]) {
  return sheet('Responses', [['Member', 'Received', ...questions], ...rows]);
}

export function surveyOf(questions: readonly string[], rows: readonly (readonly Plain[])[]) {
  const survey = readSurvey(workbook(responsesSheet(questions, rows)), SURVEY_1998, REGISTRY_1998);
  const issues = checkSurvey(survey, SURVEY_1998, { today: serialOfUtc(2026, 11, 26) });
  return { survey, issues };
}

export function analyse(questions: readonly string[], rows: readonly (readonly Plain[])[], options: Partial<AnalysisOptions> = {}) {
  const { survey, issues } = surveyOf(questions, rows);
  return analyseSurvey(survey, issues, SURVEY_1998, REGISTRY_1998.members.length, { ...DEFAULT_OPTIONS, ...options });
}

export const day = (d: number) => serialOfUtc(1998, 3, d);
