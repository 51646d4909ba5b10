import type { Indicator, Unit } from '../crm/types';
import type { Localized } from '../i18n/language';
import type { Member } from '../members/types';
import type { Item, Scale, Section } from '../questionnaire/types';
import type { Submission } from '../read/model';
import type { CellRef } from '../workbook/address';

export type Severity = 'error' | 'warning';

/** What is wrong, with what the message needs to say so. `code` is stable and machine-readable. */
export type IssueDetail =
  | { readonly code: 'missing-member-column' }
  | { readonly code: 'missing-member-row' }
  | { readonly code: 'blank-member' }
  | { readonly code: 'unknown-member'; readonly name: string; readonly suggestion?: Member }
  | { readonly code: 'duplicate-member'; readonly first: CellRef }
  | { readonly code: 'invalid-answer'; readonly value: string; readonly scale: Scale }
  | { readonly code: 'error-value'; readonly error: string }
  | { readonly code: 'invalid-date'; readonly value: string }
  | { readonly code: 'future-date'; readonly date: string }
  | { readonly code: 'duplicate-column'; readonly header: string; readonly first: CellRef }
  | { readonly code: 'duplicate-row'; readonly header: string; readonly first: CellRef }
  | { readonly code: 'unknown-column'; readonly header: string }
  | { readonly code: 'unknown-row'; readonly header: string }
  | { readonly code: 'missing-question'; readonly item: Item }
  | { readonly code: 'missing-section'; readonly section: Section }
  | { readonly code: 'empty-submission' }
  | { readonly code: 'blank-section'; readonly section: Section }
  | { readonly code: 'no-received-date'; readonly first: number }
  | { readonly code: 'invalid-setting'; readonly setting: string; readonly value: string }
  | { readonly code: 'unknown-setting'; readonly setting: string }
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
  | { readonly code: 'invalid-direction'; readonly value: string };

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
  'invalid-setting': 'warning',
  'unknown-setting': 'warning',
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
};
