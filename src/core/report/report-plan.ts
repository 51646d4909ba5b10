import type { SurveyAnalysis } from '../analyse/analyse-survey';
import type { IssueRow } from '../check/issue-row';
import type { Language } from '../i18n/language';
import type { CrmEvaluation } from '../crm/evaluate';
import { chartsSheet } from './charts-sheet';
import { crmSheet } from './crm-sheet';
import { comparisonSheet, type ComparisonRequest } from './comparison-sheet';
import type { WorkbookPlan } from './plan';
import { regionsSheet } from './regions-sheet';
import { summarySheet } from './summary-sheet';
import { validationSheet } from './validation-sheet';

export interface ReportInput {
  readonly analysis: SurveyAnalysis;
  readonly crm: CrmEvaluation;
  readonly issues: readonly IssueRow[];
  readonly comparison: ComparisonRequest;
  readonly language: Language;
}

/** The sheets `analyze` writes, in the order a reader meets them. */
export function reportPlan({ analysis, crm, issues, comparison, language }: ReportInput): WorkbookPlan {
  return {
    sheets: [
      summarySheet(analysis, language),
      chartsSheet(analysis, language),
      regionsSheet(analysis, language),
      comparisonSheet(analysis, comparison, language),
      crmSheet(crm, language),
      validationSheet(issues),
    ],
  };
}
