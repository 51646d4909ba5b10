/** The engine's one entry: everything a host, the task pane or the command line may use. */
export { WorkbookUnusableError, type UnusableReason } from './errors';
export { unusableMessage } from './error-messages';
export { LANGUAGES, isLanguage, languageOfLocale, type Language, type Localized } from './i18n/language';
export { SURVEY_1998 } from './questionnaire/survey-1998';
export type { Choice, Item, Questionnaire, Scale, Section } from './questionnaire/types';
export { REGISTRY_1998, REGIONS, REGION_CODES, createRegistry } from './members';
export type { Member, MemberMatch, MemberRegistry, RegionCode } from './members';
export { readSurvey, findResponses, RESPONSES } from './read/read-survey';
export { SUBMISSION_MARKER } from './read/submission-sheet';
export type { Submission, SurveyResponses } from './read/model';
export { checkSurvey, type CheckOptions } from './check/check-survey';
export { issueRow, type IssueRow } from './check/issue-row';
export type { Issue, IssueCode, Severity } from './check/issue';
export { serialOfMs } from './workbook/serial';
export type * from './workbook/snapshot';
export { EXCEL_ERRORS, textCell, cellAt } from './workbook/snapshot';
