import type {
  AnalyseOutcome,
  CrmEvaluation,
  Issue,
  Item,
  Language,
  Member,
  MemberProfile,
  ReportSheet,
  Settings,
  SurveyAnalysis,
  WrittenProfile,
} from '../../core';
import type { AnalysisChoices } from '../workbook/analysis-request';
import type { ImportReport } from '../workbook/import-submissions';
import type { SettingsOwner } from '../workbook/owned-sheets';
import type { TemplateSheet } from '../workbook/template-sheet';
import type { WorkProgress } from './work-progress';

/** What the pane shows of a check: the issues, and what the other screens offer from the workbook. */
export interface CheckedWorkbook {
  readonly issues: readonly Issue[];
  readonly errors: number;
  readonly warnings: number;
  readonly submissions: number;
  /** Whether an XLSForm defines the questionnaire. */
  readonly form: boolean;
  /** Whether some question is asked only under a condition (an XLSForm's `relevant`): only then is the `applicable` base a choice. */
  readonly conditional: boolean;
  /** An XLSForm's questions that could name the Member, and the one that does. */
  readonly memberQuestions: readonly Item[];
  readonly memberQuestion?: Item;
  /** The Settings sheet's settings. */
  readonly settings: Settings;
  readonly settingsOwner: SettingsOwner;
  /** The Members with a submission, each once, whether counted or not. */
  readonly respondingMembers: readonly Member[];
  /** The sheets that could be a second round to compare with. */
  readonly secondRoundSheets: readonly string[];
  /** Whether the workbook has a CRM Indicators sheet at all. */
  readonly hasIndicators: boolean;
  readonly crm: CrmEvaluation;
}

/** The Member question chosen in the pane, over the Settings sheet's. */
export interface CheckAsk {
  readonly memberQuestion?: string;
}

/** What to analyse: the pane's choices, whose settings (when the user edited them) win over the Settings sheet. */
export interface AnalysisAsk extends CheckAsk, Omit<AnalysisChoices, 'settings'> {
  readonly settings?: Settings;
}

/**
 * What the pane shows of an analysis: everything but the respondents themselves, the issues (the
 * check's are shown) and the plan, which stay with the engine.
 */
export interface AnalysisView extends Omit<AnalyseOutcome, 'analysis' | 'plan' | 'issues'> {
  readonly analysis: Omit<SurveyAnalysis, 'selection'>;
}

/** Which of the analysis's sheets to write: all of them with the settings saved (Analyse), or one, planned alone (Check, Compare, CRM). */
export type SheetsToWrite = { readonly kind: 'results' } | { readonly kind: 'one'; readonly sheet: ReportSheet };

/** An analysis, and the check it was made on: what the other screens then show. */
export interface Analysed {
  readonly checked: CheckedWorkbook;
  readonly view: AnalysisView;
}

export interface WrittenAnalysis extends Analysed {
  /** The analysis's sheets written, the Settings sheet aside. */
  readonly sheets: readonly string[];
  readonly settingsSaved: boolean;
}

/**
 * A Member's profile written, as the pane says it: whose it is and the language it is written in. The
 * profile's figures stay with the engine with its plan: the sample's France is 220 kB, for a name.
 */
export interface WrittenMemberProfile extends Omit<WrittenProfile, 'profile' | 'plan'> {
  readonly checked: CheckedWorkbook;
  readonly profile: Pick<MemberProfile, 'member'>;
}

export interface TemplateAsk extends CheckAsk {
  readonly member?: Member;
  readonly language: Language;
}

export interface ImportAsk extends CheckAsk {
  readonly files: readonly File[];
  /** The language of the consolidated sheet and of its Import Log's reasons. */
  readonly language: Language;
  /** The open workbook as the Source column and the Import Log name it. */
  readonly workbookName: string;
}

export type OnProgress = (progress: WorkProgress) => void;

/**
 * The work the pane asks of a workbook: each piece reads the workbook as it is now. In Excel it runs
 * in the pane's own thread (Office.js lives there); on a file in a browser, in a worker, so that a
 * long check never freezes the page.
 */
export interface SurveyEngine {
  check(ask: CheckAsk, today: number, onProgress?: OnProgress): Promise<CheckedWorkbook>;
  analyse(ask: AnalysisAsk, onProgress?: OnProgress): Promise<Analysed>;
  writeAnalysis(ask: AnalysisAsk, sheets: SheetsToWrite, onProgress?: OnProgress): Promise<WrittenAnalysis>;
  /** Writes the profile sheet of the Member `member` (its code), counted as `ask` says; the comparison asked is none of its business. */
  writeProfile(ask: AnalysisAsk, member: string, onProgress?: OnProgress): Promise<WrittenMemberProfile>;
  /** Adds a submission sheet: a blank workbook is fine here. */
  createTemplate(ask: TemplateAsk, onProgress?: OnProgress): Promise<TemplateSheet>;
  importSubmissions(ask: ImportAsk, onProgress?: OnProgress): Promise<ImportReport>;
  /** Stops the piece of work running, where it can be stopped at any moment (in a worker); absent where it cannot. */
  readonly cancel?: () => void;
}
