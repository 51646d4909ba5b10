import type { Issue } from '../../../core';
import type { CheckStrings, IssueFilterField } from '../../i18n/strings';
import type { IssueView } from './group-issues';
import type { FilterOptions, IssueFilter } from './issue-filter';
import type { RowRun } from './issue-rows';
import type { WindowedRows } from './useRowWindow';

export interface IssueGroupsProps {
  readonly issues: readonly Issue[];
  readonly onChoose: (view: IssueView) => void;
  /** The issue chosen last, and what to say under it (in a browser: which cell to fix). */
  readonly chosen?: { readonly key: string; readonly note?: string } | undefined;
}

export interface IssueGroupsState extends Omit<IssueGroupsProps, 'issues'>, Omit<WindowedRows<unknown>, 'drawn' | 'toTop'> {
  readonly strings: CheckStrings;
  readonly filter: IssueFilter;
  readonly options: FilterOptions;
  readonly filterBy: (field: IssueFilterField, value: string) => void;
  /** How many issues the filters show of all, while they leave some out; else empty. */
  readonly showing: string;
  /** The rows in view, as drawn. */
  readonly runs: readonly RowRun[];
  readonly toggle: (groupKey: string) => void;
}
