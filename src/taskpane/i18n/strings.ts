import type { BaseOption, IndicatorStatus, Language, Severity } from '../../core';
import type { WorkStage } from '../engine/work-progress';
import type { BusyTask } from '../tasks/busy-task';
import { EN } from './en';
import { FR } from './fr';

/** Every text of the pane. One dictionary per language, both checked against this type. */
export interface Strings {
  readonly title: string;
  /** The other language's own name, on the button that switches to it. */
  readonly otherLanguage: { readonly code: Language; readonly name: string; readonly hint: string };
  readonly tabs: {
    readonly label: string;
    readonly check: string;
    readonly analyse: string;
    readonly compare: string;
    readonly crm: string;
    readonly template: string;
  };
  /** Whom each tab is for, said under the tab list. */
  readonly audience: Readonly<Record<Exclude<keyof Strings['tabs'], 'label'>, string>>;
  readonly busy: Readonly<Record<BusyTask, string>>;
  /** A long piece of work's stages, and its counts where it has them. */
  readonly progress: {
    readonly stages: Readonly<Record<WorkStage, string>>;
    readonly checked: (done: number, total: number) => string;
    readonly cancel: string;
  };
  readonly file: FileStrings;
  readonly check: CheckStrings;
  readonly analyse: AnalyseStrings;
  readonly compare: CompareStrings;
  readonly crm: CrmStrings;
  readonly template: TemplateStrings;
  readonly imports: ImportStrings;
  readonly errors: {
    readonly unexpected: (detail: string) => string;
    /** A blank workbook, where Check and Analyse have nothing yet: what to do first. */
    readonly nothingYet: string;
  };
}

export interface FileStrings {
  readonly intro: string;
  /** Why the pane is not working in Excel: office.js could not be loaded from its host. */
  readonly officeJsNotLoaded: (host: string) => string;
  readonly open: string;
  readonly openAnother: string;
  readonly opened: (name: string) => string;
  readonly download: string;
  readonly nothingWritten: string;
  readonly writtenNotSaved: string;
  /** Asked before another workbook replaces one with sheets written and not downloaded. */
  readonly leaveUnsaved: string;
  /** Before a workbook is open: which tabs each kind of user works in. */
  readonly whoDoesWhat: string;
  readonly roles: readonly { readonly who: string; readonly what: string }[];
}

export interface CheckStrings {
  readonly intro: string;
  readonly run: string;
  readonly writeValidation: string;
  readonly notYet: string;
  readonly summary: (errors: number, warnings: number, submissions: number) => string;
  readonly layout: string;
  readonly severity: Readonly<Record<Severity, (n: number) => string>>;
  /** Said before each issue to screen readers: its colour says it to the eye. */
  readonly severityName: Readonly<Record<Severity, string>>;
  readonly question: (id: string) => string;
  readonly indicator: (id: string) => string;
  readonly goToHint: string;
  readonly browserHint: string;
  readonly chosenCell: (ref: string) => string;
  readonly validationWritten: string;
  readonly memberQuestion: string;
  readonly memberQuestionHint: string;
  readonly memberQuestionMissing: string;
  readonly memberQuestionPlaceholder: string;
  /** Each filter above the list of issues: its label, and its choice that keeps every issue. */
  readonly filters: Readonly<Record<IssueFilterField, { readonly label: string; readonly any: string }>>;
  readonly severityOnly: Readonly<Record<Severity, string>>;
  /** Said while the filters leave issues out: "Showing 120 of 4,850 issues". */
  readonly showing: (shown: number, total: number) => string;
  /** The scrolling list's name, for screen readers. */
  readonly issueList: string;
}

export type IssueFilterField = 'severity' | 'member' | 'code';

export interface AnalyseStrings {
  readonly intro: string;
  readonly introForm: string;
  readonly settings: string;
  readonly firstResponses: string;
  readonly firstResponsesHint: string;
  readonly firstResponsesInvalid: string;
  readonly population: string;
  /** Under the Population field: empty, the population is the registry's Members, so many. */
  readonly populationHint: (members: number) => string;
  readonly populationInvalid: string;
  readonly base: string;
  readonly bases: Readonly<Record<BaseOption, string>>;
  readonly language: string;
  readonly languages: Readonly<Record<Language, string>>;
  readonly userSettingsSheet: string;
  readonly formSettingsSheet: string;
  readonly run: string;
  readonly write: string;
  readonly writeHint: string;
  readonly written: (sheets: string) => string;
  /** Said after writing, in an Excel older than the page layout's ExcelApi version. */
  readonly printsAsExcelSetsIt: (version: string) => string;
  readonly settingsSaved: string;
  readonly headline: HeadlineStrings;
  readonly sections: string;
  readonly chart: (n: number, title: string) => string;
  readonly columns: { readonly question: string; readonly percent: string };
  readonly countOfBase: (count: number, base: number) => string;
  /** Under the percentages: what the bracketed intervals are, where they are shown, and what they assume. */
  readonly intervals: (minimum: number) => string;
  readonly ready: (respondents: number) => string;
}

export interface HeadlineStrings {
  readonly heading: string;
  readonly respondentsCounted: string;
  readonly membersResponding: string;
  readonly ofMembers: (n: number) => string;
  readonly responseRate: string;
  readonly excludedByCutoff: string;
  readonly excludedForErrors: string;
}

export type CompareKind = 'member' | 'region' | 'round';

export interface CompareStrings {
  /** What each kind of comparison shows, said before it is chosen. */
  readonly intros: Readonly<Record<CompareKind, string>>;
  readonly kind: string;
  readonly kinds: Readonly<Record<CompareKind, string>>;
  readonly member: string;
  readonly region: string;
  readonly round: string;
  readonly choose: string;
  readonly noMembers: string;
  readonly noRounds: string;
  readonly preview: string;
  readonly write: string;
  readonly written: string;
  readonly writeProfile: string;
  /** Under the buttons, the profile button's description: what it writes for the Member chosen (`sheet`), or, before one is, why it waits. */
  readonly profileHint: (sheet: string) => string;
  readonly profileNeedsMember: string;
  /** The Member's profile written on `sheet`, in `language`: "Wrote the sheet Profile FRA (France, in French)." */
  readonly profileWritten: (sheet: string, member: string, language: Language) => string;
  readonly profilePrintsAsExcelSetsIt: (version: string) => string;
  /** Why the Member's own submission is not in the percentages. */
  readonly notCounted: { readonly errors: string; readonly cutoff: (first: number) => string; readonly empty: string; readonly absent: string };
  /** Why a percent shows as —: the small-base rule. */
  readonly smallBase: (minimum: number) => string;
  /** A Member's table: its answer, all respondents, its region, and the region's difference from all. */
  readonly memberColumns: readonly [member: string, all: string, region: string, difference: string];
  /** Above a Member's table: which region its Region column is, and what the difference is. */
  readonly memberRegion: (region: string) => string;
  /** A region's table: the region, the other respondents, the difference; a round's: this round, the other, the change. */
  readonly columns: Readonly<Record<'region' | 'round', readonly [subject: string, reference: string, difference: string]>>;
  /** Said beside a Member's answer marked ✓, for those who do not see the mark. */
  readonly gives: string;
  readonly points: (value: string) => string;
  /** A difference's 95 % interval, its ends in signed points: "(−3 to +25)". */
  readonly pointsInterval: (low: string, high: string) => string;
  /** Said after a difference shown in bold, for those who do not see it. */
  readonly significant: string;
  /** Under the table: what the bracketed intervals are, what bold means where differences have intervals, what they assume. */
  readonly legend: (minimum: number, differences: boolean) => string;
  readonly ready: (subject: string) => string;
}

export interface CrmStrings {
  readonly intro: string;
  readonly readAgain: string;
  /** "(read at 16:05:12)": the time of the last reading of the sheet. */
  readonly readAt: (ms: number) => string;
  readonly write: string;
  readonly written: string;
  readonly none: string;
  readonly status: Readonly<Record<IndicatorStatus, string>>;
  readonly improvedOf: (improved: number, measured: number) => string;
  readonly leftOut: (rows: number) => string;
  readonly ready: (members: number) => string;
  readonly stage: (stage: string) => string;
}

export interface TemplateStrings {
  readonly intro: string;
  readonly member: string;
  readonly memberHint: string;
  readonly memberPlaceholder: string;
  readonly noMatch: (typed: string) => string;
  readonly unmatched: string;
  readonly language: string;
  readonly languages: Readonly<Record<Language, string>>;
  readonly create: string;
  readonly hint: string;
  readonly created: (sheet: string) => string;
  /** Said after creating, in an Excel older than the dropdowns' ExcelApi version. */
  readonly noDropdowns: (version: string) => string;
  readonly createdInExcel: string;
  readonly createdInBrowser: string;
}

export interface ImportStrings {
  readonly button: string;
  /** What the button does, for whom: its tooltip and accessible description. */
  readonly description: string;
  /** Reading the file `file` of `files`, named. */
  readonly reading: (file: number, files: number, name: string) => string;
  readonly writing: string;
  readonly filesRead: string;
  readonly ofFiles: (read: number, files: number) => string;
  readonly gathered: string;
  readonly carried: string;
  readonly done: (sheet: string) => string;
  readonly nothing: string;
  /** Importing into a workbook imported into before: the submissions added under its Responses table's rows. */
  readonly added: string;
  /** How many of the files picked were imported before, and skipped. */
  readonly importedBefore: string;
  readonly addedUnder: (sheet: string) => string;
  readonly nothingNew: string;
  readonly besideYours: (yours: string, sheet: string) => string;
  readonly notUsed: (files: number) => string;
  readonly noSubmissions: string;
  /** The open workbook as the Source column and the Import Log name it. */
  readonly thisWorkbook: string;
}

export const STRINGS: Readonly<Record<Language, Strings>> = { en: EN, fr: FR };
