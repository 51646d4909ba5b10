import { evaluateIndicators, type AnalyseOutcome, type Issue } from '../../core';
import { respondingMembers, secondRoundSheets } from '../workbook/compare-subjects';
import { settingsOwner } from '../workbook/owned-sheets';
import type { ReadWorkbook } from '../workbook/read-workbook';
import type { AnalysisView, CheckedWorkbook } from './survey-engine';

/** What the screens show of a read: small, so that it crosses from a worker at once. */
export function checkedWorkbook(read: ReadWorkbook): CheckedWorkbook {
  const { check, snapshot } = read;
  const errors = check.issues.filter((i) => i.severity === 'error').length;
  const chosen = check.questionnaire.form?.member;
  return {
    issues: check.issues.map(withoutSubmission),
    errors,
    warnings: check.issues.length - errors,
    submissions: check.survey.submissions.length,
    form: check.questionnaire.form !== undefined,
    conditional: check.questionnaire.sections.some((s) => s.items.some((i) => i.relevant !== undefined)),
    memberQuestions: check.memberQuestions,
    ...(chosen ? { memberQuestion: chosen } : {}),
    settings: check.settings,
    settingsOwner: settingsOwner(snapshot),
    respondingMembers: respondingMembers(read),
    secondRoundSheets: secondRoundSheets(read),
    hasIndicators: check.crm.indicatorsSheet !== undefined,
    crm: evaluateIndicators(check.crm),
  };
}

/**
 * An issue as the screens show it: without the submission it belongs to (every answer of it), which
 * the analysis needs and the screens do not. 4,850 duplicates of 5,000 submissions crossed from the
 * worker as 40 MB and held the page for over half a second.
 */
function withoutSubmission(issue: Issue): Issue {
  if (!issue.submission) return issue;
  const { submission: _submission, ...shown } = issue;
  return shown as Issue;
}

/** The analysis as the screens show it: without the respondents, which may be thousands, nor the plan. */
export function analysisView({ language, analysis, comparison }: AnalyseOutcome): AnalysisView {
  const { selection: _respondents, ...shown } = analysis;
  return { language, analysis: shown, comparison };
}
