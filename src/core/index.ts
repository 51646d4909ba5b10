/** The engine's one entry: everything a host, the task pane or the command line may use. */
export { WorkbookUnusableError, type FileNamed, type UnusableParams, type UnusableParamsOf, type UnusableReason } from './errors';
export { unusableMessage } from './error-messages';
export { LANGUAGES, isLanguage, languageOfLocale, type Language, type Localized } from './i18n/language';
export { french } from './i18n/typography';
export { formatNumber, formatPercent, NBSP, type Digits } from './i18n/numbers';
export { agreeing, counted, isSingular, type Forms } from './i18n/plural';
export { SURVEY_1998 } from './questionnaire/survey-1998';
export type { Choice, Condition, FormDetails, Item, ItemType, Questionnaire, Scale, Section } from './questionnaire/types';
export { questionnaireOf } from './workflows/questionnaire-source';
export { readXlsForm, type FormReading } from './xlsform/read-xlsform';
export { formSheetNames, hasXlsForm } from './xlsform/form-sheets';
export { questionnaireForm, xlsformName } from './xlsform/write-xlsform';
export { REGISTRY_1998, REGIONS, REGION_CODES, createRegistry } from './members';
export type { Member, MemberMatch, MemberRegistry, RegionCode } from './members';
export { readSurvey, findResponses, RESPONSES } from './read/read-survey';
export { SUBMISSION_MARKER } from './read/submission-sheet';
export type { Submission, SurveyResponses } from './read/model';
export { checkSurvey, type CheckOptions, type CheckProgress } from './check/check-survey';
export { issueRow, type IssueRow } from './check/issue-row';
export { issuesByMember, LAYOUT_GROUP, type MemberIssues } from './check/issue-groups';
export type { Issue, IssueCode, Severity } from './check/issue';
export { serialOfMs } from './workbook/serial';
export { refText } from './workbook/ref-text';
export { sameExcelName } from './workbook/excel-names';
export type * from './workbook/snapshot';
export { EXCEL_ERRORS, textCell, cellAt } from './workbook/snapshot';
export { assertHoldsData } from './workbook/holds-data';
export { checkWorkbook, usableQuestionnaire, type CheckRequest, type WorkbookCheck } from './workflows/check-workbook';
export { analyseWorkbook, type AnalyseOutcome, type AnalyseRequest } from './workflows/analyse-workbook';
export type { SurveyAnalysis, Headline } from './analyse/analyse-survey';
export { BASE_OPTIONS, regionPopulation, type BaseOption } from './analyse/options';
export type { Difference, MemberAnswer, MemberComparison, MemberStatus, PublishedDifference, RegionDifference } from './analyse/compare';
export { isSuppressed, shownInterval, shownPercent, type GuardedResult } from './analyse/small-base';
export type { AnswerResult } from './analyse/percentages';
export { newcombeInterval, wilsonInterval, Z95, type DifferenceInterval, type Group, type Interval } from './analyse/intervals';
export { COMPARISON, COMPARISON_HEADINGS, type ComparisonRequest } from './report/comparison-sheet';
export { VALIDATION } from './report/validation-sheet';
export { CRM_SUMMARY } from './report/crm-sheet';
export { RequestError, requestMessage, unknownMemberError, type RequestProblem } from './request-error';
export type {
  WorkbookPlan,
  SheetPlan,
  PlanValue,
  Alignment,
  BlockPlan,
  BlockStyle,
  ChartPlan,
  ColumnRef,
  NumberFormat,
  PagePlan,
  SeriesPlan,
  TableAppendPlan,
  TablePlan,
  ValidationPlan,
} from './report/plan';
export { REPORT_SHEETS, type ReportSheet } from './report/report-plan';
export type { Settings } from './settings/read-settings';
export * from './crm';
export { settingsSheet } from './settings/settings-sheet';
export { SETTINGS } from './settings/read-settings';
export type { CellRef } from './workbook/address';
export type { CrmEvaluation } from './crm/evaluate';
export { submissionTemplate, templateSheetName, TEMPLATE_MEMBER_CELL, type TemplateRequest } from './template/submission-template';
export {
  consolidate,
  IMPORT_LOG,
  skippedByName,
  skipMessage,
  type Consolidation,
  type ConsolidationSource,
  type HostSkip,
  type SkipReason,
  type SourceLog,
} from './consolidate/consolidate';
export { gatherFiles, type GatheredFiles, type GatherOptions, type ReturnedFile } from './consolidate/returned-files';
export { appendToConsolidation, consolidatedTable, type Appending, type ConsolidatedTable } from './consolidate/append';
export { contentFingerprint } from './consolidate/fingerprint';
export { ISSUE_REASONS } from './check/reasons';
export { assertPlanContract } from './report/plan-contract';
export { shortened } from './text/shorten';
export { a1, columnLetters, columnNumber, parseA1Range, rangeA1 } from './workbook/address';
export { excelNameKey } from './workbook/excel-names';
export { otherRoundSheets, roundOfSheet } from './workflows/second-round';
export { profileWorkbook, type ProfileRequest, type WrittenProfile } from './workflows/profile-workbook';
export type { MemberProfile, ProfileItem, ProfileSection, SelfAssessment, FactorScore } from './profile/member-profile';
export type { MeanScore } from './profile/self-assessment';
export { profileSheetName } from './report/profile-sheet';
