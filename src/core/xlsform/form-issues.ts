import { issueAt, type Issue, type IssueDetail } from '../check/issue';
import type { CellRef } from '../workbook/address';

/** The problems found reading a form, in the order met. */
export class FormIssues {
  readonly list: Issue[] = [];

  report(detail: IssueDetail, ref: CellRef, question?: string): void {
    this.list.push(issueAt(detail, ref, question ? { question } : {}));
  }
}
