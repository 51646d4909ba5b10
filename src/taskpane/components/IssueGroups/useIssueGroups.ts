import { useCallback, useMemo, useState } from 'react';
import { useStrings } from '../../i18n/StringsContext';
import { groupIssues, initiallyOpen } from './group-issues';
import type { IssueGroupsProps, IssueGroupsState } from './IssueGroups.types';

export function useIssueGroups({ issues, ...props }: IssueGroupsProps): IssueGroupsState {
  const { language, strings } = useStrings();
  const groups = useMemo(() => groupIssues(issues, language, strings.check.layout), [issues, language, strings]);
  // A new check opens its groups afresh; the user's opening and closing lasts until then.
  const [open, setOpen] = useState<{ issues: typeof issues; items: readonly string[] }>({ issues, items: initiallyOpen(groups) });
  const openItems = open.issues === issues ? open.items : initiallyOpen(groups);
  if (open.issues !== issues) setOpen({ issues, items: openItems });
  const setOpenItems = useCallback((items: readonly string[]) => setOpen((current) => ({ ...current, items })), []);
  return { ...props, strings: strings.check, groups, openItems, setOpenItems };
}
