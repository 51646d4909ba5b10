import type { SurveyAnalysis } from '../analyse/analyse-survey';
import type { IssueRow } from '../check/issue-row';
import type { Language } from '../i18n/language';
import type { CrmEvaluation } from '../crm/evaluate';
import { chartsSheet } from './charts-sheet';
import { crmSheet } from './crm-sheet';
import { comparisonSheet, type ComparisonRequest } from './comparison-sheet';
import type { WorkbookPlan } from './plan';
import { forPrint, type PrintContext } from './print/page-setup';
import { PRINT_WORDS } from './print/words';
import { regionsSheet } from './regions-sheet';
import { summarySheet } from './summary-sheet';
import { validationSheet } from './validation-sheet';

export interface ReportInput {
  readonly analysis: SurveyAnalysis;
  readonly crm: CrmEvaluation;
  readonly issues: readonly IssueRow[];
  readonly comparison: ComparisonRequest;
  readonly language: Language;
  /** The day of the analysis, as an Excel serial: printed at the foot of every page. */
  readonly today: number;
}

/** The sheets `analyze` writes, in the order a reader meets them, each set up to print as a page of the report. */
export function reportPlan({ analysis, crm, issues, comparison, language, today }: ReportInput): WorkbookPlan {
  const { questionnaire } = analysis;
  const context: PrintContext = {
    lang: language,
    ...(questionnaire.form ? { title: questionnaire.title[language] } : {}),
    dated: PRINT_WORDS[language].analysedOn(today),
  };
  return forPrint(
    {
      sheets: [
        summarySheet(analysis, language, today),
        chartsSheet(analysis, language),
        regionsSheet(analysis, language),
        comparisonSheet(analysis, comparison, language),
        crmSheet(crm, language),
        validationSheet(issues),
      ],
    },
    context,
  );
}
