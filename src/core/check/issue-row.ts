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
    member: issue.member ? (issue.member.member?.name[lang] ?? visibleText(issue.member.text)) : '',
    question: issue.item?.id ?? issue.question ?? issue.indicator?.id ?? '',
    code: issue.code,
    message: issueMessage(issue, lang),
  };
}
