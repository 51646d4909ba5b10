import { SEVERITY, type Issue, type IssueDetail, type IssueMember } from '../check/issue';
import type { MemberCell, ReadCell } from '../read/model';
import type { CellRef } from '../workbook/address';
import { displayCell } from '../workbook/display';
import type { ColumnNote } from './model';

export function issue(detail: IssueDetail, ref: CellRef, member?: IssueMember): Issue {
  return { ...detail, severity: SEVERITY[detail.code], ref, ...(member ? { member } : {}) };
}

export function hasError(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** A required column missing, or a column read twice. The Member column keeps the survey's own code. */
export function columnIssue(note: ColumnNote): Issue {
  if (note.kind === 'duplicate') return issue({ code: 'duplicate-column', header: note.header, first: note.first }, note.ref);
  return note.field === 'member' ? issue({ code: 'missing-member-column' }, note.ref) : issue({ code: 'missing-column', header: note.header }, note.ref);
}

/** An Excel error value in a cell, wherever it is. */
export function errorValue(cell: ReadCell<unknown> | undefined, member?: IssueMember): Issue[] {
  return cell?.raw.kind === 'error' ? [issue({ code: 'error-value', error: cell.raw.error }, cell.ref, member)] : [];
}

/** The Member as issues name it: the registry's Member when recognised, else the text. */
export function issueMember(cell: MemberCell | undefined): IssueMember | undefined {
  if (cell?.kind !== 'named' || cell.raw.kind === 'error') return undefined;
  const text = displayCell(cell.raw);
  return cell.parsed.kind === 'found' ? { text, member: cell.parsed.member } : { text };
}
