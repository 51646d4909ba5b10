import type { Issue } from '../../../core';
import type { CheckStrings } from '../../i18n/strings';
import type { IssueGroup, IssueView } from './group-issues';

export interface IssueGroupsProps {
  readonly issues: readonly Issue[];
  readonly onChoose: (view: IssueView) => void;
  /** The issue chosen last, and what to say under it (in a browser: which cell to fix). */
  readonly chosen?: { readonly key: string; readonly note?: string };
}

export interface IssueGroupsState extends Omit<IssueGroupsProps, 'issues'> {
  readonly strings: CheckStrings;
  readonly groups: readonly IssueGroup[];
  readonly openItems: readonly string[];
  readonly setOpenItems: (keys: readonly string[]) => void;
}
