import type { Severity } from '../../../core';
import type { IssueGroup, IssueView } from './group-issues';

/** A group's header: its title and counts, the button that opens and folds it. */
export interface GroupHeader {
  readonly kind: 'group';
  readonly key: string;
  readonly group: IssueGroup;
  readonly open: boolean;
}

/** "3 errors" over a group's errors, when the group has warnings too. */
export interface SeverityHeading {
  readonly kind: 'severity';
  readonly key: string;
  readonly severity: Severity;
  readonly count: number;
}

export interface IssueItem {
  readonly kind: 'issue';
  readonly key: string;
  readonly view: IssueView;
  /** The list the issue is in (its group's errors, or warnings), its place there and the list's length. */
  readonly list: string;
  readonly place: number;
  readonly of: number;
}

/** One row of the list as it scrolls: only the rows in view are drawn. */
export type ListRow = GroupHeader | SeverityHeading | IssueItem;

/** Rows as drawn: a heading alone, or the issues of one list side by side in one list element. */
export type RowRun = GroupHeader | SeverityHeading | readonly IssueItem[];

/** Every group's header, and under those open their errors, then their warnings. */
export function listRows(groups: readonly IssueGroup[], open: readonly string[]): ListRow[] {
  const opened = new Set(open);
  return groups.flatMap((group): ListRow[] => {
    const header: GroupHeader = { kind: 'group', key: `group:${group.key}`, group, open: opened.has(group.key) };
    return header.open ? [header, ...severityRows(group, 'error'), ...severityRows(group, 'warning')] : [header];
  });
}

function severityRows(group: IssueGroup, severity: Severity): ListRow[] {
  const views = severity === 'error' ? group.errors : group.warnings;
  const list = `${group.key}:${severity}`;
  const both = group.errors.length > 0 && group.warnings.length > 0;
  const heading: SeverityHeading[] = both ? [{ kind: 'severity', key: `heading:${list}`, severity, count: views.length }] : [];
  return [...heading, ...views.map((view, i): IssueItem => ({ kind: 'issue', key: `issue:${view.key}`, view, list, place: i + 1, of: views.length }))];
}

export function inRuns(rows: readonly ListRow[]): RowRun[] {
  const runs: (GroupHeader | SeverityHeading | IssueItem[])[] = [];
  rows.forEach((row) => {
    const last = runs[runs.length - 1];
    if (row.kind !== 'issue') runs.push(row);
    else if (Array.isArray(last) && last[0].list === row.list) last.push(row);
    else runs.push([row]);
  });
  return runs;
}
