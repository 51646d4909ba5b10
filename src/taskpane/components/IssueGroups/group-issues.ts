import { issueRow, issuesByMember, refText, type Issue, type Language, type Severity } from '../../../core';

/** An issue as the pane lists it. */
export interface IssueView {
  /** Stable within one check: the issue's place in the list. */
  readonly key: string;
  readonly issue: Issue;
  readonly severity: Severity;
  /** "Responses!E8", as Excel writes a reference. */
  readonly where: string;
  /** The question's ID, or the CRM indicator's, if the issue is about one. */
  readonly about?: { readonly kind: 'question' | 'indicator'; readonly id: string };
  readonly message: string;
}

/** The issues of one Member's submission (or of the workbook's layout), errors then warnings. */
export interface IssueGroup {
  readonly key: string;
  readonly title: string;
  readonly errors: readonly IssueView[];
  readonly warnings: readonly IssueView[];
}

/** Issues by Member as the core groups them (`issuesByMember`), those of the workbook's layout first, as `check` prints them. */
export function groupIssues(issues: readonly Issue[], lang: Language, layoutTitle: string): IssueGroup[] {
  const views = issues.map((issue, i): IssueView => {
    const row = issueRow(issue, lang);
    return { key: String(i), issue, severity: row.severity, where: refText(issue.ref), ...aboutOf(issue), message: row.message };
  });
  return issuesByMember(views, lang, (view) => view.issue).map((group) => ({
    key: group.key,
    title: group.member ?? layoutTitle,
    errors: group.items.filter((v) => v.severity === 'error'),
    warnings: group.items.filter((v) => v.severity === 'warning'),
  }));
}

function aboutOf(issue: Issue): Pick<IssueView, 'about'> {
  if (issue.item) return { about: { kind: 'question', id: issue.item.id } };
  return issue.indicator ? { about: { kind: 'indicator', id: issue.indicator.id } } : {};
}

/** The first few groups open at first, the others folded: a check of thousands of issues opens as a short list. */
export function initiallyOpen(groups: readonly IssueGroup[]): string[] {
  const FEW = 3;
  return groups.slice(0, FEW).map((g) => g.key);
}
