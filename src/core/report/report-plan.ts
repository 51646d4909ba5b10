import type { SurveyAnalysis } from '../analyse/analyse-survey';
import type { Issue } from '../check/issue';
import { issueRow } from '../check/issue-row';
import { evaluateIndicators } from '../crm/evaluate';
import type { CrmIndicators } from '../crm/model';
import type { Language } from '../i18n/language';
import { CHARTS, chartsSheet } from './charts-sheet';
import { CRM_SUMMARY, crmSheet } from './crm-sheet';
import { COMPARISON, comparisonSheet, type ComparisonRequest } from './comparison-sheet';
import type { SheetPlan, WorkbookPlan } from './plan';
import { printedSheet, type PrintContext } from './print/page-setup';
import { PRINT_WORDS } from './print/words';
import { REGIONS_SHEET, regionsSheet } from './regions-sheet';
import { SUMMARY, summarySheet } from './summary-sheet';
import { VALIDATION, validationSheet } from './validation-sheet';

/** The sheets `analyze` writes, in the order a reader meets them. */
export const REPORT_SHEETS = [SUMMARY, CHARTS, REGIONS_SHEET, COMPARISON, CRM_SUMMARY, VALIDATION] as const;
export type ReportSheet = (typeof REPORT_SHEETS)[number];

export interface ReportInput {
  readonly analysis: SurveyAnalysis;
  /** The CRM Indicators as read: evaluated only for the CRM Summary. */
  readonly crm: CrmIndicators;
  /** Every issue, in the order `check` reports them: worded only for the Validation sheet. */
  readonly issues: readonly Issue[];
  readonly comparison: ComparisonRequest;
  readonly language: Language;
  /** The day of the analysis, as an Excel serial: printed at the foot of every page. */
  readonly today: number;
}

/** Each sheet from what it is made of, and nothing else: a sheet planned alone costs only its own work. */
const SHEETS: { readonly [S in ReportSheet]: (input: ReportInput) => SheetPlan } = {
  Summary: ({ analysis, language, today }) => summarySheet(analysis, language, today),
  Charts: ({ analysis, language }) => chartsSheet(analysis, language),
  Regions: ({ analysis, language }) => regionsSheet(analysis, language),
  Comparison: ({ analysis, comparison, language }) => comparisonSheet(analysis, comparison, language),
  'CRM Summary': ({ crm, language }) => crmSheet(evaluateIndicators(crm), language),
  Validation: ({ issues, language }) => validationSheet(issues.map((issue) => issueRow(issue, language))),
};

/**
 * The sheets `analyze` writes, in the order a reader meets them, each set up to print as a page of the
 * report; or, given `only`, that one sheet alone (a screen of the task pane writes one), the same as it
 * is in the whole plan: a sheet is made and printed on its own, from nothing the others make.
 */
export function reportPlan(input: ReportInput, only?: ReportSheet): WorkbookPlan {
  const { questionnaire } = input.analysis;
  const context: PrintContext = {
    lang: input.language,
    ...(questionnaire.form ? { title: questionnaire.title[input.language] } : {}),
    dated: PRINT_WORDS[input.language].analysedOn(input.today),
  };
  const names: readonly ReportSheet[] = only ? [only] : REPORT_SHEETS;
  return { sheets: names.map((name) => printedSheet(SHEETS[name](input), context)) };
}
