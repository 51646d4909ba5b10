import { analyseSurvey, type SurveyAnalysis } from './analyse/analyse-survey';
import { differences, memberAgainstAll, regionAgainstAll } from './analyse/compare';
import { DEFAULT_OPTIONS, type AnalysisOptions } from './analyse/options';
import { respondentOf } from './analyse/respondents';
import { checkSurvey } from './check/check-survey';
import { SEVERITY, type Issue } from './check/issue';
import { issueRow } from './check/issue-row';
import type { Language } from './i18n/language';
import { REGISTRY_1998 } from './members';
import type { RegionCode } from './members/types';
import { SURVEY_1998 } from './questionnaire/survey-1998';
import type { Submission } from './read/model';
import { readSurvey } from './read/read-survey';
import type { ComparisonRequest } from './report/comparison-sheet';
import type { WorkbookPlan } from './report/plan';
import { assertPlanFits } from './report/plan-fits';
import { reportPlan } from './report/report-plan';
import { RequestError } from './request-error';
import { readSettings, type Settings } from './settings/read-settings';
import type { WorkbookSnapshot } from './workbook/snapshot';

export interface AnalyseRequest {
  /** Settings given by the user now (command-line flags, the task pane): they win over the `Settings` sheet. */
  readonly settings: Settings;
  /** The language when neither the request nor the `Settings` sheet names one. */
  readonly defaultLanguage: Language;
  /** Today as an Excel serial, for dates in the future. */
  readonly today: number;
  readonly member?: string;
  readonly region?: RegionCode;
  /** A second round to compare with: its name (e.g. its file) and its workbook. */
  readonly otherRound?: { readonly name: string; readonly workbook: WorkbookSnapshot };
}

export interface AnalyseOutcome {
  readonly language: Language;
  readonly analysis: SurveyAnalysis;
  readonly issues: readonly Issue[];
  readonly plan: WorkbookPlan;
}

const questionnaire = SURVEY_1998;
const registry = REGISTRY_1998;

/** Everything `analyze` does between reading a workbook and writing its plan. */
export function analyseWorkbook(workbook: WorkbookSnapshot, request: AnalyseRequest): AnalyseOutcome {
  const survey = readSurvey(workbook, questionnaire, registry);
  const sheet = readSettings(workbook);
  const settings = { ...sheet.settings, ...request.settings };
  const options: AnalysisOptions = {
    ...DEFAULT_OPTIONS,
    ...(settings.base ? { base: settings.base } : {}),
    ...(settings.firstResponses ? { firstResponses: settings.firstResponses } : {}),
  };
  const checked = checkSurvey(survey, questionnaire, { today: request.today });
  const analysis = analyseSurvey(survey, checked, questionnaire, registry.members.length, options);
  const issues: Issue[] = [
    ...sheet.problems.map((p): Issue =>
      p.kind === 'unknown-setting'
        ? { code: 'unknown-setting', setting: p.setting, severity: SEVERITY['unknown-setting'], ref: p.ref }
        : { code: 'invalid-setting', setting: p.setting, value: p.value, severity: SEVERITY['invalid-setting'], ref: p.ref },
    ),
    ...checked,
    ...analysis.selection.undated.map(
      (r): Issue => ({
        code: 'no-received-date',
        first: options.firstResponses ?? 0,
        severity: SEVERITY['no-received-date'],
        ref: r.submission.ref,
        member: { text: r.member.name.en, member: r.member },
        submission: r.submission,
      }),
    ),
  ];
  const language = settings.language ?? request.defaultLanguage;
  const comparison = compare(analysis, survey.submissions, request);
  const plan = reportPlan({ analysis, issues: issues.map((i) => issueRow(i, language)), comparison, language });
  assertPlanFits(workbook, plan);
  return { language, analysis, issues, plan };
}

function compare(analysis: SurveyAnalysis, submissions: readonly Submission[], request: AnalyseRequest): ComparisonRequest {
  const counted = analysis.selection.counted;
  const base = analysis.options.base;
  return {
    ...(request.member ? { member: memberAgainstAll(questionnaire, counted, subjectOf(request.member, submissions), base) } : {}),
    ...(request.region ? { region: { region: request.region, differences: regionAgainstAll(questionnaire, counted, request.region, base) } } : {}),
    ...(request.otherRound ? { round: { name: request.otherRound.name, differences: otherRound(analysis, request) } } : {}),
  };
}

function subjectOf(name: string, submissions: readonly Submission[]) {
  const match = registry.match(name);
  if (match.kind === 'unknown') {
    throw new RequestError({ reason: 'unknown-member', name, ...(match.suggestion ? { suggestion: match.suggestion } : {}) });
  }
  const subject = submissions.map(respondentOf).find((r) => r?.member === match.member);
  if (!subject) throw new RequestError({ reason: 'member-without-submission', member: match.member });
  return subject;
}

/** The other round, read, checked and counted with the same options, answer by answer against this one. */
function otherRound(analysis: SurveyAnalysis, request: AnalyseRequest) {
  const workbook = request.otherRound!.workbook;
  const survey = readSurvey(workbook, questionnaire, registry);
  const issues = checkSurvey(survey, questionnaire, { today: request.today });
  const other = analyseSurvey(survey, issues, questionnaire, registry.members.length, analysis.options);
  return differences(analysis.results, other.results);
}
