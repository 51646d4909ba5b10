import { analyseSurvey, type SurveyAnalysis } from '../analyse/analyse-survey';
import { memberAgainstAll, regionAgainstRest, roundAgainstRound } from '../analyse/compare';
import { DEFAULT_OPTIONS, membersPopulation, type AnalysisOptions } from '../analyse/options';
import type { Respondent } from '../analyse/respondents';
import { subjectNamed } from './subjects';
import { checkAgainst, checkWorkbook, refuseBrokenForm, registry, type WorkbookCheck } from './check-workbook';
import { SEVERITY, type Issue } from '../check/issue';
import type { Language } from '../i18n/language';
import type { RegionCode } from '../members/types';
import type { Submission } from '../read/model';
import type { ComparisonRequest } from '../report/comparison-sheet';
import type { WorkbookPlan } from '../report/plan';
import type { Settings } from '../settings/read-settings';
import { assertPlanContract } from '../report/plan-contract';
import { assertPlanFits } from '../report/plan-fits';
import { reportPlan, type ReportSheet } from '../report/report-plan';
import { RequestError } from '../request-error';
import type { CellRef } from '../workbook/address';
import type { WorkbookSnapshot } from '../workbook/snapshot';

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
  /** A workbook whose XLSForm defines the questionnaire, instead of the workbook's own or the built-in one. */
  readonly form?: WorkbookSnapshot;
  /**
   * The check already made of this same workbook (`checkWorkbook` of the same snapshot, with this
   * request's `form` and Member question): the analysis is made on it, and the workbook is not checked
   * again. Absent, the analysis checks the workbook itself.
   */
  readonly check?: WorkbookCheck;
  /**
   * Every submission counted, whatever `settings` or the Settings sheet say of First responses: what
   * the task pane's empty First responses field means over a number in the Settings sheet. The sheet's
   * other settings hold as ever.
   */
  readonly countAll?: boolean;
  /**
   * The population is the registry's Members, whatever `settings` or the Settings sheet say of
   * Population: what the task pane's empty Population field means over a number in the Settings sheet.
   */
  readonly registryPopulation?: boolean;
  /** The one output sheet to plan (a screen of the task pane writes one): the others are not made. Absent: all of them. */
  readonly sheet?: ReportSheet;
}

export interface AnalyseOutcome {
  readonly language: Language;
  readonly analysis: SurveyAnalysis;
  readonly issues: readonly Issue[];
  /** The Member, region and round comparisons asked for, typed: what the Comparison sheet's parts are made of. */
  readonly comparison: ComparisonRequest;
  /** Every output sheet in the report's order, or the one sheet the request names. */
  readonly plan: WorkbookPlan;
}

/** Everything `analyze` does between reading a workbook and writing its plan. */
export function analyseWorkbook(workbook: WorkbookSnapshot, request: AnalyseRequest): AnalyseOutcome {
  const { checked, analysis, issues, settings } = analysedWorkbook(workbook, request);
  const language = settings.language ?? request.defaultLanguage;
  const comparison = compare(analysis, checked.survey.submissions, request);
  const plan = reportPlan({ analysis, crm: checked.crm, issues, comparison, language, today: request.today }, request.sheet);
  assertPlanContract(plan);
  assertPlanFits(workbook, plan);
  return { language, analysis, issues, comparison, plan };
}

/** A workbook checked and counted as `analyze` counts it, before anything is compared or planned. */
export interface AnalysedWorkbook {
  readonly checked: WorkbookCheck;
  readonly analysis: SurveyAnalysis;
  /** Every issue, in the order `check` reports them, the analysis's own after the check's. */
  readonly issues: readonly Issue[];
  /** The Settings sheet's, under the request's. */
  readonly settings: Settings;
}

export function analysedWorkbook(workbook: WorkbookSnapshot, request: AnalyseRequest): AnalysedWorkbook {
  const checked =
    request.check ??
    checkWorkbook(workbook, request.today, {
      ...(request.form ? { form: request.form } : {}),
      ...(request.settings.memberQuestion ? { memberQuestion: request.settings.memberQuestion } : {}),
    });
  refuseBrokenForm(checked.formIssues);
  const settings = { ...checked.settings, ...request.settings };
  const counting: AnalysisOptions = {
    ...DEFAULT_OPTIONS,
    ...(settings.base ? { base: settings.base } : {}),
    ...(settings.firstResponses && !request.countAll ? { firstResponses: settings.firstResponses } : {}),
  };
  const { analysis, populationIssues } = analyseAtPopulation(checked, counting, request.registryPopulation ? undefined : settings.population, request);
  const { options } = analysis;
  const issues: Issue[] = [...checked.issues, ...populationIssues, ...analysis.selection.undated.map((r) => undatedIssue(r, options.firstResponses ?? 0))];
  return { checked, analysis, issues, settings };
}

/**
 * The analysis at the population given (none: the registry's Members, each region its own). A population
 * under the respondents counted cannot be how many the survey was sent to: asked for now, it is refused;
 * given by the Settings sheet, it is said at its cell and the registry's Members are used.
 */
function analyseAtPopulation(
  checked: WorkbookCheck,
  counting: AnalysisOptions,
  given: number | undefined,
  request: Pick<AnalyseRequest, 'settings'>,
): { analysis: SurveyAnalysis; populationIssues: Issue[] } {
  // The Population setting, a survey of staff say, knows no region's share; the registry knows each region's Members.
  const analyse = (population: number | undefined) =>
    analyseSurvey(checked.survey, checked.surveyIssues, checked.questionnaire, registry.members.length, {
      ...counting,
      ...(population !== undefined ? { population } : membersPopulation(registry)),
    });
  const analysis = analyse(given);
  const respondents = analysis.headline.respondentsCounted;
  if (given === undefined || given >= respondents) return { analysis, populationIssues: [] };
  if (request.settings.population !== undefined) throw new RequestError({ reason: 'population-below-respondents', population: given, respondents });
  const atRegistry = analyse(undefined);
  return { analysis: atRegistry, populationIssues: [populationIssue(given, atRegistry, checked.settingCells.population!)] };
}

function populationIssue(population: number, analysis: SurveyAnalysis, ref: CellRef): Issue {
  return {
    code: 'population-below-respondents',
    population,
    respondents: analysis.headline.respondentsCounted,
    members: analysis.headline.membersInRegistry,
    severity: SEVERITY['population-below-respondents'],
    ref,
  };
}

/** With a cutoff, an undated submission ranks last: say so, at its first cell. */
function undatedIssue(respondent: Respondent, first: number): Issue {
  return {
    code: 'no-received-date',
    first,
    severity: SEVERITY['no-received-date'],
    ref: respondent.submission.ref,
    member: { text: respondent.member.name.en, member: respondent.member },
    submission: respondent.submission,
  };
}

function compare(analysis: SurveyAnalysis, submissions: readonly Submission[], request: AnalyseRequest): ComparisonRequest {
  const { questionnaire, selection, options } = analysis;
  const counted = selection.counted;
  return {
    ...(request.member ? { member: memberAgainstAll(analysis, subjectNamed(request.member, submissions, counted)) } : {}),
    ...(request.region ? { region: { region: request.region, differences: regionAgainstRest(questionnaire, counted, request.region, options) } } : {}),
    ...(request.otherRound ? { round: { name: request.otherRound.name, differences: otherRound(analysis, request) } } : {}),
  };
}

/** The other round, read, checked and counted with the same options, answer by answer against this one. */
function otherRound(analysis: SurveyAnalysis, request: AnalyseRequest) {
  const workbook = request.otherRound!.workbook;
  const { survey, surveyIssues } = checkAgainst(workbook, request.today, { questionnaire: analysis.questionnaire, issues: [] });
  const other = analyseSurvey(survey, surveyIssues, analysis.questionnaire, registry.members.length, analysis.options);
  return roundAgainstRound(analysis.results, other.results, analysis.options);
}
