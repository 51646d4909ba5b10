import type { Issue, Item } from '../../../core';
import type { CheckStrings } from '../../i18n/strings';
import type { IssueView } from '../IssueGroups/group-issues';

/** What the last check found. */
export interface CheckFindings {
  readonly issues: readonly Issue[];
  readonly errors: number;
  readonly warnings: number;
  readonly submissions: number;
}

export interface CheckScreenState {
  readonly strings: CheckStrings;
  readonly busy: boolean;
  /** In Excel an issue takes the user to its cell; in a browser the pane names the cell. */
  readonly goesToCells: boolean;
  readonly findings?: CheckFindings;
  readonly error?: unknown;
  readonly validationWritten: boolean;
  readonly chosen?: { readonly key: string; readonly note?: string };
  /** For an XLSForm questionnaire, the questions that could name the Member and the one that does. */
  readonly memberQuestion?: { readonly questions: readonly Item[]; readonly chosen?: Item };
  readonly chooseMemberQuestion: (name: string) => void;
  readonly check: () => void;
  readonly writeValidation: () => void;
  readonly choose: (view: IssueView) => void;
}
