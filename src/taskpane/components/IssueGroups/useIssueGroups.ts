import { useCallback, useMemo, useState } from 'react';
import type { Issue } from '../../../core';
import { useStrings } from '../../i18n/StringsContext';
import type { IssueFilterField } from '../../i18n/strings';
import { groupIssues, initiallyOpen, type IssueGroup } from './group-issues';
import { countIssues, EVERY_ISSUE, filterGroups, filterOptions, isFiltered, type IssueFilter } from './issue-filter';
import { inRuns, listRows, type ListRow } from './issue-rows';
import type { IssueGroupsProps, IssueGroupsState } from './IssueGroups.types';
import { useRowWindow } from './useRowWindow';

/** Heights before a row is measured, near a narrow pane's: a header, a severity's heading, an issue of three lines. */
const ESTIMATE: Readonly<Record<ListRow['kind'], number>> = { group: 40, severity: 32, issue: 64 };
const estimate = (row: ListRow) => ESTIMATE[row.kind];

/** The issues of which check, which of them the filters keep, and which groups are open. */
interface Shown {
  readonly issues: readonly Issue[];
  readonly filter: IssueFilter;
  readonly open: readonly string[];
}

const fresh = (issues: readonly Issue[], groups: readonly IssueGroup[]): Shown => ({ issues, filter: EVERY_ISSUE, open: initiallyOpen(groups) });

const toggled = (open: readonly string[], key: string) => (open.includes(key) ? open.filter((k) => k !== key) : [...open, key]);

export function useIssueGroups({ issues, ...props }: IssueGroupsProps): IssueGroupsState {
  const { language, strings } = useStrings();
  const groups = useMemo(() => groupIssues(issues, language, strings.check.layout), [issues, language, strings]);
  // A new check shows every issue, its first groups open; the user's filters, opening and folding last until then.
  const [stored, setShown] = useState(() => fresh(issues, groups));
  const shown = stored.issues === issues ? stored : fresh(issues, groups);
  if (shown !== stored) setShown(shown);

  const kept = useMemo(() => filterGroups(groups, shown.filter), [groups, shown.filter]);
  const rows = useMemo(() => listRows(kept, shown.open), [kept, shown.open]);
  const { drawn, toTop, ...windowed } = useRowWindow(rows, estimate);
  const options = useMemo(() => filterOptions(groups, strings.check, language), [groups, strings, language]);

  // New filters open the first few of the groups they keep, shown from the top.
  const filterBy = (field: IssueFilterField, value: string) => {
    const filter = { ...shown.filter, [field]: value };
    setShown({ issues, filter, open: initiallyOpen(filterGroups(groups, filter)) });
    toTop();
  };
  const toggle = useCallback((key: string) => setShown((s) => ({ ...s, open: toggled(s.open, key) })), []);
  return {
    ...props,
    ...windowed,
    strings: strings.check,
    filter: shown.filter,
    options,
    filterBy,
    showing: isFiltered(shown.filter) ? strings.check.showing(countIssues(kept), issues.length) : '',
    runs: inRuns(drawn),
    toggle,
  };
}
