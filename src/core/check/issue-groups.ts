import type { Language } from '../i18n/language';
import type { Issue } from './issue';
import { memberName } from './issue-row';

/** The key of the group of issues of no Member: the workbook's layout (a missing column, a form's error, the Settings sheet). */
export const LAYOUT_GROUP = 'layout';

/** The issues of one Member, or of the workbook's layout, as `check` and the task pane list them. */
export interface MemberIssues<T> {
  /**
   * `layout` for the workbook's layout; else `member:` and the Member's code when the registry
   * recognised the name, or `member:` and the name as written when it did not.
   */
  readonly key: string;
  /** The Member as the issues name it (the registry's name in the language, or the text as written); absent for the layout. */
  readonly member?: string;
  /** In the order given. */
  readonly items: readonly T[];
}

/**
 * Issues grouped by Member, the workbook's layout first, then the Members in the order the issues
 * first name them. A Member the registry recognises is one group however its submissions spell it
 * ("Japan", "Japon", "JPN"), keyed by its code: the group is the Member, not a spelling, and its key
 * stays the same in either language. A name the registry does not know has nothing but its spelling
 * to go on: it is grouped as written (as the issue shows it, invisible characters left out). The two
 * cannot meet: a text that is a Member's code or name is recognised.
 */
export function issuesByMember(issues: readonly Issue[], lang: Language): MemberIssues<Issue>[];
export function issuesByMember<T>(items: readonly T[], lang: Language, issueOf: (item: T) => Issue): MemberIssues<T>[];
export function issuesByMember<T>(items: readonly T[], lang: Language, issueOf: (item: T) => Issue = (item) => item as Issue): MemberIssues<T>[] {
  const groups = new Map<string, { member?: string; items: T[] }>();
  for (const item of items) {
    const issue = issueOf(item);
    const member = memberName(issue, lang);
    const key = member ? `member:${issue.member?.member?.code ?? member}` : LAYOUT_GROUP;
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { ...(member ? { member } : {}), items: [item] });
  }
  const layout = groups.get(LAYOUT_GROUP);
  const members = [...groups].filter(([key]) => key !== LAYOUT_GROUP).map(([key, group]) => ({ key, ...group }));
  return layout ? [{ key: LAYOUT_GROUP, items: layout.items }, ...members] : members;
}
