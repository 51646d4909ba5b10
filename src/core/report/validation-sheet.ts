import type { IssueRow } from '../check/issue-row';
import type { SheetPlan } from './plan';

export const VALIDATION = 'Validation';
export const VALIDATION_ISSUES = 'ValidationIssues';
const COLUMNS = ['Severity', 'Sheet', 'Cell', 'Member', 'Question', 'Code', 'Message'];

/** Every issue, one row each, in the order `check` reports them. */
export function validationSheet(rows: readonly IssueRow[]): SheetPlan {
  return {
    name: VALIDATION,
    tables: [
      {
        name: VALIDATION_ISSUES,
        top: 1,
        left: 1,
        columns: COLUMNS,
        rows: rows.map((r) => [r.severity, r.sheet, r.cell, r.member, r.question, r.code, r.message]),
      },
    ],
    blocks: [],
    charts: [],
    freeze: { rows: 1, columns: 0 },
    columnWidths: { 7: 70 },
  };
}
