import type { Indicator, Unit } from '../crm/types';
import type { ExpressionProblem } from '../expression/expression';
import type { Localized } from '../i18n/language';
import type { Member } from '../members/types';
import type { Item, Section } from '../questionnaire/types';
import type { DateProblem } from '../read/dates';
import type { ForeignLetter } from '../text/scripts';
import type { Submission } from '../read/model';
import type { CellRef } from '../workbook/address';

export type Severity = 'error' | 'warning';

/** What is wrong, with what the message needs to say so. `code` is stable and machine-readable. */
export type IssueDetail =
  /** `questions`: for an XLSForm, its questions that could name the Member instead of a column. */
  | { readonly code: 'missing-member-column'; readonly questions?: readonly string[]; readonly headerRow?: number }
  | { readonly code: 'missing-member-row' }
  | { readonly code: 'blank-member' }
  /** `foreign`: the letters of the name from another alphabet (a Cyrillic А in "Аlbania"). */
  | { readonly code: 'unknown-member'; readonly name: string; readonly suggestion?: Member; readonly foreign?: readonly ForeignLetter[] }
  | { readonly code: 'duplicate-member'; readonly first: CellRef }
  /** `problem`: for a date question, why the answer is not a date (a year alone, Excel's 29 February 1900). */
  | { readonly code: 'invalid-answer'; readonly value: string; readonly item: Item; readonly problem?: DateProblem }
  | { readonly code: 'error-value'; readonly error: string }
  /** `problem`: why the Received cell is no date received, where there is more to say (a year alone…). */
  | { readonly code: 'invalid-date'; readonly value: string; readonly problem?: DateProblem }
  | { readonly code: 'future-date'; readonly date: string }
  /** `hidden`: which of the two is hidden, where one is: the visible one is read. */
  | { readonly code: 'duplicate-column'; readonly header: string; readonly first: CellRef; readonly hidden?: 'first' | 'this' }
  | { readonly code: 'duplicate-row'; readonly header: string; readonly first: CellRef }
  | { readonly code: 'unknown-column'; readonly header: string }
  | { readonly code: 'unknown-row'; readonly header: string }
  | { readonly code: 'missing-question'; readonly item: Item }
  | { readonly code: 'missing-section'; readonly section: Section }
  | { readonly code: 'empty-submission' }
  | { readonly code: 'blank-section'; readonly section: Section }
  | { readonly code: 'no-received-date'; readonly first: number }
  /** Answer cells merged into one (`range`, A1): only its first cell holds an answer. */
  | { readonly code: 'merged-answers'; readonly range: string }
  /** Submissions in hidden rows (by number, ascending): read and counted like the others. */
  | { readonly code: 'hidden-rows'; readonly rows: readonly number[] }
  /** Formula cells of a sheet saved without their results: they read as empty. */
  | { readonly code: 'formulas-not-calculated'; readonly cells: readonly string[] }
  // answers against an XLSForm's rules
  | { readonly code: 'constraint-not-met'; readonly value: string; readonly item: Item }
  | { readonly code: 'required-answer-missing'; readonly item: Item }
  | { readonly code: 'answer-not-relevant'; readonly item: Item }
  /** A `select_multiple` exported both as its own column and as 0/1 columns, the two disagreeing. */
  | { readonly code: 'selection-mismatch'; readonly value: string; readonly chosen: readonly string[]; readonly option: CellRef; readonly item: Item }
  | { readonly code: 'invalid-setting'; readonly setting: string; readonly value: string }
  | { readonly code: 'unknown-setting'; readonly setting: string }
  /** The Population setting is smaller than the respondents counted: the registry's Members are used instead. */
  | { readonly code: 'population-below-respondents'; readonly population: number; readonly respondents: number; readonly members: number }
  // CRM indicators and the indicator catalogue
  | { readonly code: 'missing-column'; readonly header: Localized }
  | { readonly code: 'blank-indicator' }
  | { readonly code: 'unknown-indicator'; readonly name: string; readonly suggestion?: Indicator }
  | { readonly code: 'duplicate-member-indicator'; readonly indicator: Indicator; readonly first: CellRef }
  | { readonly code: 'invalid-number'; readonly value: string; readonly unit?: Unit }
  | { readonly code: 'ambiguous-number'; readonly value: string; readonly whole: number; readonly decimal: number }
  | { readonly code: 'percent-over-100'; readonly value: number }
  | { readonly code: 'unknown-stage'; readonly value: string }
  | { readonly code: 'blank-indicator-id' }
  | { readonly code: 'duplicate-indicator-id'; readonly id: string; readonly first: CellRef }
  | { readonly code: 'invalid-direction'; readonly value: string }
  // XLSForm questionnaires: `name` is the survey or choices row's name as written
  | { readonly code: 'form-missing-sheet'; readonly sheet: string; readonly suggestion?: string }
  | { readonly code: 'form-missing-column'; readonly column: string }
  | { readonly code: 'form-no-questions' }
  | { readonly code: 'form-unknown-type'; readonly type: string; readonly suggestion?: string }
  | { readonly code: 'form-unsupported-type'; readonly type: string }
  | { readonly code: 'form-repeat'; readonly name: string }
  | { readonly code: 'form-missing-name' }
  | { readonly code: 'form-invalid-name'; readonly name: string }
  | { readonly code: 'form-duplicate-name'; readonly name: string; readonly first: CellRef }
  | { readonly code: 'form-duplicate-choice'; readonly list: string; readonly name: string; readonly first: CellRef }
  | { readonly code: 'form-missing-list'; readonly list: string; readonly suggestion?: string }
  | { readonly code: 'form-empty-list'; readonly list: string }
  | { readonly code: 'form-unclosed-group'; readonly name: string }
  | { readonly code: 'form-unopened-group' }
  | { readonly code: 'form-unreadable-expression'; readonly column: string; readonly expression: string; readonly problem: ExpressionProblem };

export type IssueCode = IssueDetail['code'];

/** A Member as an issue names it: the registry's Member when the name was recognised, else the text. */
export interface IssueMember {
  readonly text: string;
  readonly member?: Member;
}

export type Issue = IssueDetail & {
  readonly severity: Severity;
  readonly ref: CellRef;
  readonly member?: IssueMember;
  readonly item?: Item;
  /** The XLSForm question or group a form issue is about, by name, where no item stands for it. */
  readonly question?: string;
  /** The CRM indicator of the row, for issues of the `CRM Indicators` sheet. */
  readonly indicator?: Indicator;
  /** The submission the issue belongs to; absent for the layout of a sheet. */
  readonly submission?: Submission;
};

export const SEVERITY: Readonly<Record<IssueCode, Severity>> = {
  'missing-member-column': 'error',
  'missing-member-row': 'error',
  'blank-member': 'error',
  'unknown-member': 'error',
  'duplicate-member': 'error',
  'invalid-answer': 'error',
  'error-value': 'error',
  'invalid-date': 'error',
  'future-date': 'error',
  'duplicate-column': 'error',
  'duplicate-row': 'error',
  'unknown-column': 'warning',
  'unknown-row': 'warning',
  'missing-question': 'warning',
  'missing-section': 'warning',
  'empty-submission': 'warning',
  'blank-section': 'warning',
  'no-received-date': 'warning',
  'formulas-not-calculated': 'warning',
  'merged-answers': 'warning',
  'hidden-rows': 'warning',
  'constraint-not-met': 'error',
  'required-answer-missing': 'error',
  'answer-not-relevant': 'warning',
  'selection-mismatch': 'error',
  'invalid-setting': 'warning',
  'unknown-setting': 'warning',
  'population-below-respondents': 'warning',
  'missing-column': 'error',
  'blank-indicator': 'error',
  'unknown-indicator': 'error',
  'duplicate-member-indicator': 'error',
  'invalid-number': 'error',
  'ambiguous-number': 'error',
  'percent-over-100': 'warning',
  'unknown-stage': 'warning',
  'blank-indicator-id': 'error',
  'duplicate-indicator-id': 'error',
  'invalid-direction': 'error',
  'form-missing-sheet': 'error',
  'form-missing-column': 'error',
  'form-no-questions': 'error',
  'form-unknown-type': 'error',
  'form-unsupported-type': 'warning',
  'form-repeat': 'warning',
  'form-missing-name': 'error',
  'form-invalid-name': 'error',
  'form-duplicate-name': 'error',
  'form-duplicate-choice': 'error',
  'form-missing-list': 'error',
  'form-empty-list': 'error',
  'form-unclosed-group': 'error',
  'form-unopened-group': 'error',
  'form-unreadable-expression': 'warning',
};

/** An issue at its cell, with what it is about. */
export function issueAt(detail: IssueDetail, ref: CellRef, about: Pick<Issue, 'member' | 'item' | 'question' | 'submission'> = {}): Issue {
  return { ...detail, severity: SEVERITY[detail.code], ref, ...about };
}
