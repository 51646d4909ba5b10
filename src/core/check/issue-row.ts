import type { Language } from '../i18n/language';
import { visibleText } from '../text/fold';
import type { Issue, IssueCode, Severity } from './issue';
import { issueMessage } from './messages';

/** An issue as users read it: on the `Validation` sheet, in `check --json`, in the task pane. */
export interface IssueRow {
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly member: string;
  readonly question: string;
  readonly code: IssueCode;
  readonly message: string;
}

export function issueRow(issue: Issue, lang: Language): IssueRow {
  return {
    severity: issue.severity,
    sheet: issue.ref.sheet,
    cell: issue.ref.cell,
    member: memberName(issue, lang),
    question: issue.item?.id ?? issue.question ?? issue.indicator?.id ?? '',
    code: issue.code,
    message: issueMessage(issue, lang),
  };
}

/** The Member an issue is of, as users read it: the registry's name in the language, or the text as written; empty for none. */
export function memberName(issue: Issue, lang: Language): string {
  return issue.member ? (issue.member.member?.name[lang] ?? visibleText(issue.member.text)) : '';
}
